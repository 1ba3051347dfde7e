import type { presetTextsZhCN } from './preset-texts.zh-CN';

/** en-US, typed against zh-CN: a missing or extra key does not compile. */
export const presetTextsEnUS: typeof presetTextsZhCN = {
  basic: {
    name: 'Basic service flow',
    description: 'The customer submits requirements, the provider delivers, the customer confirms completion (confirmed automatically after 14 working days).',
    nodes: {
      assign_provider: 'Assign provider',
      submit_demand: 'Submit requirements',
      assign_implementer: 'Assign implementer',
      deliver: 'Service delivery',
      complete: 'Confirm completion',
    },
  },
  warranty: {
    name: 'Double-check warranty flow',
    description:
      'The basic flow plus delivery acceptance and a warranty confirmation: the customer may confirm the warranty within its period; when the period ends the system completes the project. The period is set when a product is linked to the flow.',
    nodes: {
      assign_provider: 'Assign provider',
      submit_demand: 'Submit requirements',
      assign_implementer: 'Assign implementer',
      deliver: 'Service delivery',
      accept_delivery: 'Delivery acceptance',
      complete: 'Warranty confirmation',
    },
  },
  contract: {
    name: 'Contract service flow',
    description:
      'The customer submits the signing details, the provider uploads the signed contract (doc, docx, xlsx, ppt, pptx, pdf, png, zip, 7z, up to 5 MB), the customer confirms completion.',
    nodes: {
      assign_provider: 'Assign provider',
      submit_contract_info: 'Submit signing details',
      assign_project_manager: 'Assign project manager',
      upload_contract: 'Upload contract',
      complete: 'Confirm completion',
    },
  },
  website: {
    name: 'Step-by-step website build flow',
    description: 'Submit website requirements → functional design → confirm → UX design → confirm → development and testing → inspection → confirm delivery.',
    nodes: {
      assign_provider: 'Assign provider',
      stage_demand: 'Requirements stage',
      submit_demand: 'Submit website requirements',
      assign_project_manager: 'Assign project manager',
      stage_design: 'Design stage',
      functional_design: 'Functional design',
      confirm_functional_design: 'Confirm functional design',
      assign_designer: 'Assign designer',
      ux_design: 'UX design',
      confirm_ux_design: 'Confirm UX design',
      stage_build: 'Development stage',
      assign_developer: 'Assign developer',
      develop_test: 'Development and testing',
      inspection: 'Inspection and acceptance',
      complete: 'Confirm delivery',
    },
  },
};
