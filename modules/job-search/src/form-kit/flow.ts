import { FormFlowController as KitFormFlowController, type FormFlowHost, type FormFlowOptions } from '@portal/ui-kit/form';

/** The kit's step flow, its page titles for this area unless a form names another. */
export class FormFlowController extends KitFormFlowController {
  constructor(host: FormFlowHost, options: Omit<FormFlowOptions, 'area'> & { readonly area?: string }) {
    super(host, { ...options, area: options.area ?? 'job-search' });
  }
}
