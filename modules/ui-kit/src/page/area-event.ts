// The events an area's elements tell each other with (a form says the state changed on the server;
// the area's root follows). Each was the same class written again: a name, the values it carries,
// bubbling and composed so it leaves the sender's shadow root. Written once here; an area names
// its event and what it carries, and adds the name to `HTMLElementEventMap` itself (a global
// declaration cannot be made by a function).

/** An event class made by `areaEvent`: `new X(...args)`, `X.eventName`, and the values as fields. */
export interface AreaEventClass<Name extends string, Args extends readonly unknown[], Values extends object> {
  readonly eventName: Name;
  new (...args: Args): Event & Readonly<Values>;
}

/**
 * An event class named `name` whose instances bubble, are composed, and carry the fields `values`
 * makes of the constructor's arguments, e.g.
 * `areaEvent('job-search-changed', (jobSearch: JobSearch) => ({ jobSearch }))`.
 */
export function areaEvent<const Name extends string, Args extends readonly unknown[], Values extends object>(
  name: Name,
  values: (...args: Args) => Values,
): AreaEventClass<Name, Args, Values> {
  class ValuesEvent extends Event {
    static readonly eventName = name;
    constructor(...args: Args) {
      super(name, { bubbles: true, composed: true });
      Object.assign(this, values(...args));
    }
  }
  // The fields are assigned from `values` at run time, which a class declaration cannot spell: the
  // interface says what the constructor above makes.
  return ValuesEvent as unknown as AreaEventClass<Name, Args, Values>;
}
