import type { Subscription } from 'rxjs';
import type { EventBus } from './bus/bus.js';
import { portalBus } from './bus/instance.js';
import type { PayloadOf, Topic } from './bus/topic.js';

/**
 * The part of Lit's ReactiveControllerHost a controller needs; structural, so the contracts do not
 * import lit and any web-component base class can host it.
 */
export interface ControllerHost {
  addController(controller: { hostConnected?(): void; hostDisconnected?(): void }): void;
  requestUpdate(): void;
}

/**
 * Keeps a component rendered from a bus topic: subscribes while the element is connected, and
 * re-renders on every value. For replayed context topics `value` is set before the first render.
 */
export class TopicController<T extends Topic> {
  value: PayloadOf<T> | undefined;
  private subscription: Subscription | undefined;

  constructor(
    private readonly host: ControllerHost,
    private readonly topic: T,
    private readonly onValue?: (value: PayloadOf<T>) => void,
    private readonly bus: EventBus = portalBus,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.subscription = this.bus.subscribe(this.topic, (value) => {
      this.value = value;
      this.onValue?.(value);
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }
}
