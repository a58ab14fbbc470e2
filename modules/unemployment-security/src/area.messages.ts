import { defineMessages } from '@portal/shared-contracts';
import { withUiMessages, type MessagesWith } from '@portal/ui-kit/page';
import type { PaymentNoticeKind, RequestState } from '@portal/shared-contracts/unemployment-security';

type StateKey = `state.${RequestState}`;
type NoticeKindKey = `noticeKind.${PaymentNoticeKind}`;

/**
 * What every page of the area says the same way: the names of the kinds of events and of a
 * request's states (the front page's list, the request page, the answer's receipt), a deadline's tag,
 * and the words around a contact. Short on purpose: the front page's chunk carries them. The kit's
 * own words (`retry`, `loading`, `errorPrefix`…) come with them, from the kit.
 */
export const areaMessages = withUiMessages(
  defineMessages({
    fi: {
      areaTitle: 'Työttömyysturva',
      loadFailed: 'Tietoja ei juuri nyt saatu haettua. Mitään ei ole kadonnut; yritä hetken kuluttua uudelleen.',
      backToArea: 'Takaisin työttömyysturvaan',
      warning: 'Huomio',
      late: 'Myöhässä',
      daysLeft: '{count} päivää aikaa',
      daysLeftOne: '1 päivä aikaa',
      dueToday: 'Viimeinen päivä on tänään',
      deadlinePassed: 'Palautuspäivä on mennyt',
      returnDate: 'Palautuspäivä',
      'kind.statement': 'Työvoimapoliittinen lausunto',
      'kind.clarification-request': 'Selvityspyyntö',
      'kind.payment-notice': 'Maksatusilmoitus',
      cancelled: 'Peruttu',
      cancelledOn: 'Peruttu {date}',
      contactHeading: 'Lisätietoja antaa',
      phone: 'Puhelin',
      email: 'Sähköposti',
      notFound: 'Tätä tapahtumaa ei löytynyt. Se on voitu poistaa, tai osoite on väärä.',
      pageFailed: 'Sivua ei juuri nyt saatu avattua. Tarkista verkkoyhteys ja yritä uudelleen. Mitään ei ole kadonnut.',
      'state.awaiting-answer': 'Odottaa vastaustasi',
      'state.awaiting-attachments': 'Odottaa liitteitä',
      'state.in-processing': 'Käsittelyssä',
      'state.processed': 'Käsitelty',
      'state.unfounded': 'Aiheeton',
      'state.further-clarification-requested': 'Lisäselvitystä pyydetty',
      'noticeKind.training-start': 'Koulutuksen alkaminen',
      'noticeKind.training-end': 'Koulutuksen päättyminen',
      'noticeKind.other': 'Muu maksatusilmoitus',
    },
    sv: {
      areaTitle: 'Arbetslöshetsskydd',
      loadFailed: 'Uppgifterna kunde inte hämtas just nu. Ingenting har gått förlorat; försök igen om en stund.',
      backToArea: 'Tillbaka till arbetslöshetsskyddet',
      warning: 'Observera',
      late: 'Försenat',
      daysLeft: '{count} dagar kvar',
      daysLeftOne: '1 dag kvar',
      dueToday: 'Sista dagen är i dag',
      deadlinePassed: 'Sista svarsdagen har passerat',
      returnDate: 'Sista svarsdag',
      'kind.statement': 'Arbetskraftspolitiskt utlåtande',
      'kind.clarification-request': 'Begäran om utredning',
      'kind.payment-notice': 'Utbetalningsanmälan',
      cancelled: 'Återkallat',
      cancelledOn: 'Återkallat {date}',
      contactHeading: 'Mer information ges av',
      phone: 'Telefon',
      email: 'E-post',
      notFound: 'Händelsen hittades inte. Den kan ha tagits bort, eller så är adressen fel.',
      pageFailed: 'Sidan kunde inte öppnas just nu. Kontrollera nätverksanslutningen och försök igen. Ingenting har gått förlorat.',
      'state.awaiting-answer': 'Väntar på ditt svar',
      'state.awaiting-attachments': 'Väntar på bilagor',
      'state.in-processing': 'Under behandling',
      'state.processed': 'Behandlad',
      'state.unfounded': 'Obefogad',
      'state.further-clarification-requested': 'Ytterligare utredning begärd',
      'noticeKind.training-start': 'Utbildningen börjar',
      'noticeKind.training-end': 'Utbildningen slutar',
      'noticeKind.other': 'Annan utbetalningsanmälan',
    },
    en: {
      areaTitle: 'Unemployment security',
      loadFailed: 'The data could not be fetched just now. Nothing has been lost; please try again in a moment.',
      backToArea: 'Back to unemployment security',
      warning: 'Warning',
      late: 'Late',
      daysLeft: '{count} days left',
      daysLeftOne: '1 day left',
      dueToday: 'Due today',
      deadlinePassed: 'Return date passed',
      returnDate: 'Return date',
      'kind.statement': 'Labour-policy statement',
      'kind.clarification-request': 'Request for clarification',
      'kind.payment-notice': 'Payment notice',
      cancelled: 'Cancelled',
      cancelledOn: 'Cancelled on {date}',
      contactHeading: 'More information from',
      phone: 'Phone',
      email: 'Email',
      notFound: 'This event was not found. It may have been removed, or the address is wrong.',
      pageFailed: 'The page could not be opened just now. Check your network connection and try again. Nothing has been lost.',
      'state.awaiting-answer': 'Awaiting your answer',
      'state.awaiting-attachments': 'Awaiting attachments',
      'state.in-processing': 'Being processed',
      'state.processed': 'Processed',
      'state.unfounded': 'Unfounded',
      'state.further-clarification-requested': 'Further clarification requested',
      'noticeKind.training-start': 'Training starts',
      'noticeKind.training-end': 'Training ends',
      'noticeKind.other': 'Other payment notice',
    },
  } satisfies MessagesWith<StateKey | NoticeKindKey>),
);

export type AreaMessageKey = keyof (typeof areaMessages)['fi'];

/**
 * What happens next in each state, one sentence or two: the request page says it under the state,
 * the answer's receipt after the answer. `{date}` is the return date. Not on the front page, so
 * apart from `areaMessages`.
 */
export const nextStepMessages = defineMessages<RequestState | 'awaiting-answer.late'>({
  fi: {
    'awaiting-answer':
      'Vastaa viimeistään {date}. Jos et vastaa, asia ratkaistaan niiden tietojen perusteella, jotka toimistolla on. Myöhässä tullut vastaus otetaan vastaan, mutta se merkitään myöhästyneeksi.',
    'awaiting-answer.late':
      'Vastausaika päättyi {date}. Voit vielä vastata: myöhässä tullut vastaus otetaan vastaan, mutta se merkitään myöhästyneeksi. Jos et vastaa, asia ratkaistaan niiden tietojen perusteella, jotka toimistolla on.',
    'awaiting-attachments':
      'Vastauksesi on saapunut, mutta pyydettyjä liitteitä puuttuu. Lähetä ne viimeistään {date}. Asia siirtyy käsittelyyn, kun kaikki on saapunut tai palautuspäivä on mennyt.',
    'in-processing':
      'Toimisto käsittelee asiaa. Se antaa työvoimapoliittisen lausunnon etuuden maksajalle 30 päivän kuluessa vastauksestasi tai palautuspäivästä. Sinun ei tarvitse nyt tehdä mitään.',
    processed: 'Toimisto on käsitellyt asian. Ratkaisu on työvoimapoliittisessa lausunnossa, jonka löydät työttömyysturvan tapahtumista.',
    unfounded: 'Toimisto totesi, ettei selvitystä tarvita. Sinun ei tarvitse tehdä mitään.',
    'further-clarification-requested':
      'Toimisto tarvitsee lisää tietoja ja lähettää sinulle uuden selvityspyynnön. Vastaa siihen sen palautuspäivään mennessä.',
  },
  sv: {
    'awaiting-answer':
      'Svara senast {date}. Om du inte svarar avgörs ärendet utifrån de uppgifter som byrån har. Ett svar som kommer för sent tas emot, men det märks som försenat.',
    'awaiting-answer.late':
      'Svarstiden gick ut {date}. Du kan ännu svara: ett svar som kommer för sent tas emot, men det märks som försenat. Om du inte svarar avgörs ärendet utifrån de uppgifter som byrån har.',
    'awaiting-attachments':
      'Ditt svar har kommit, men begärda bilagor saknas. Skicka dem senast {date}. Ärendet går till behandling när allt har kommit eller sista svarsdagen har passerat.',
    'in-processing':
      'Byrån behandlar ärendet. Den ger ett arbetskraftspolitiskt utlåtande till förmånsbetalaren inom 30 dagar från ditt svar eller från sista svarsdagen. Du behöver inte göra något nu.',
    processed:
      'Byrån har behandlat ärendet. Avgörandet finns i ett arbetskraftspolitiskt utlåtande, som du hittar bland händelserna i arbetslöshetsskyddet.',
    unfounded: 'Byrån konstaterade att det inte behövs någon utredning. Du behöver inte göra något.',
    'further-clarification-requested':
      'Byrån behöver mer information och skickar dig en ny begäran om utredning. Svara på den senast på dess sista svarsdag.',
  },
  en: {
    'awaiting-answer':
      'Answer by {date}. If you do not answer, the matter is decided on the information the office has. An answer that arrives late is accepted, but it is marked as late.',
    'awaiting-answer.late':
      'The time to answer ended on {date}. You can still answer: an answer that arrives late is accepted, but it is marked as late. If you do not answer, the matter is decided on the information the office has.',
    'awaiting-attachments':
      'Your answer has arrived, but some of the attachments asked for are missing. Send them by {date}. The matter goes to processing when everything has arrived or the return date has passed.',
    'in-processing':
      'The office is processing the matter. It gives a labour-policy statement to the benefit payer within 30 days of your answer or of the return date. You do not need to do anything now.',
    processed:
      'The office has processed the matter. The decision is in a labour-policy statement, which you find among your unemployment-security events.',
    unfounded: 'The office found that no clarification is needed. You do not need to do anything.',
    'further-clarification-requested':
      'The office needs more information and will send you a new request for clarification. Answer it by its return date.',
  },
});
