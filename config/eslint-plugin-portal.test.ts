// The import rules fail on a violation: each rule of docs/ARCHITECTURE.md's "Checked, not written
// down" with code that keeps it and code that breaks it, in the room where it applies.
import { resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { RuleTester } from 'eslint';
import portal from './eslint-plugin-portal.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.afterAll = after;

const root = resolve(import.meta.dirname, '..');
const at = (path: string): string => resolve(root, path);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const rule = portal.rules['import-boundaries'];

const area = at('modules/profile/src/profile-app/profile-app.ts');
const areaTest = at('modules/profile/src/profile-app/profile-app.test.ts');

tester.run('portal/import-boundaries', rule, {
  valid: [
    { filename: area, code: "import { html } from 'lit';" },
    { filename: area, code: "import { fetchJson } from '@portal/shared-contracts';" },
    { filename: area, code: "import { ProfileSchema } from '@portal/shared-contracts/profile';" },
    {
      filename: area,
      code: "import { AreaRouter } from '@portal/ui-kit/page'; import { textField } from '@portal/ui-kit/form'; import { baseStyles } from '@portal/ui-kit/styles';",
    },
    { filename: area, code: "import { messages } from './profile-app.messages.js'; import { AREA } from '../area.js';" },
    { filename: area, code: "const page = () => import('../profile-change-form/profile-change-form.js');" },
    {
      filename: areaTest,
      code: "import { stubFetch } from '@portal/ui-kit/testing'; import { expect } from '@open-wc/testing'; import { profile } from '../testing/fixtures.js';",
    },
    {
      filename: at('modules/ui-kit/src/page/area-router.ts'),
      code: "import { followInternalLink } from './navigation.js'; import { PageTopic } from '@portal/shared-contracts';",
    },
    { filename: at('shared-contracts/src/bus/bus.ts'), code: "import { Subject } from 'rxjs'; import * as v from 'valibot';" },
    { filename: at('mock-backend/src/app.ts'), code: "import { profileRouter } from './areas/profile/router.js';" },
    { filename: at('mock-backend/src/areas/profile/router.test.ts'), code: "import { profileRouter } from './router.js';" },
    { filename: at('mock-backend/src/legacy/offers-pages.ts'), code: "import { listOffers } from '../areas/offers/service.js';" },
    // The benchmark drives the backend as the tests do, with their helpers.
    { filename: at('e2e/bench/hostile.ts'), code: "import { Browser } from '../../mock-backend/src/testing/harness.js';" },
    {
      filename: at('e2e/lib/server.ts'),
      code: "import { migratedClusterFolder } from '../../mock-backend/src/testing/pglite-snapshot.js';",
    },
  ],
  invalid: [
    // A module imports only lit, the contracts and the ui-kit entries.
    { filename: area, code: "import { registerApplication } from 'single-spa';", errors: 1 },
    { filename: area, code: "import { baseStyles } from '@portal/ui-kit/styles/base.styles.js';", errors: 1 },
    // The kit's test helpers only from tests.
    { filename: area, code: "import { stubFetch } from '@portal/ui-kit/testing';", errors: 1 },
    { filename: area, code: "import { profile } from '../testing/fixtures.js';", errors: 1 },
    { filename: at('mock-backend/src/server.ts'), code: "import { Browser } from './testing/harness.js';", errors: 1 },
    // Nothing imports the shell or another area.
    { filename: area, code: "import { bootstrap } from '../../../../shell/src/bootstrap.js';", errors: 1 },
    { filename: area, code: "import { OffersApp } from '../../../offers/src/offers-app/offers-app.js';", errors: 1 },
    { filename: area, code: "import app from '@portal/module-offers';", errors: 1 },
    {
      filename: at('shell/src/bootstrap.ts'),
      code: "import { ProfileApp } from '../../modules/profile/src/profile-app/profile-app.js';",
      errors: 1,
    },
    { filename: at('e2e/tests/x.test.ts'), code: "import { resolveRoute } from '../../shell/src/routing/resolve-route.js';", errors: 1 },
    // The ui-kit and the contracts stay below the areas.
    { filename: at('modules/ui-kit/src/page/x.ts'), code: "import { AREA } from '../../../profile/src/area.js';", errors: 1 },
    { filename: at('shared-contracts/src/x.ts'), code: "import { html } from 'lit';", errors: 1 },
    // Routers only from the app.
    {
      filename: at('mock-backend/src/legacy/offers-pages.ts'),
      code: "import { offersRouter } from '../areas/offers/router.js';",
      errors: 1,
    },
  ],
});
