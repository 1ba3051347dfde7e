import type { deliveryQueueZhCN } from './queue.zh-CN';

/** en-US, typed against zh-CN: a missing or extra key does not compile. */
export const deliveryQueueEnUS: typeof deliveryQueueZhCN = {
  title: 'Queue',
  detail: 'Details',
  retry: {
    button: 'Retry now',
    title: 'Retry assigning the queued projects and tasks now?',
    hint: 'Oldest first: projects of my products waiting for a provider, and tasks of projects I deliver waiting for an employee.',
    done: 'Assigned: {{providers}} project(s) to a provider, {{employees}} task(s) to an employee',
    nothing: 'Nobody has spare capacity yet; the queue is unchanged',
  },
  waited: {
    daysHours: '{{days}} d {{hours}} h',
    hoursMinutes: '{{hours}} h {{minutes}} min',
    minutes: '{{minutes}} min',
  },
  providers: {
    title: 'Waiting for a provider',
    intro:
      'When no provider of the product can take it, or all are at their maximum, a project waits at the assign-provider step; the queue is retried every 10 minutes. After raising a provider’s maximum you can assign it at once.',
    empty: 'No project is waiting for a provider',
    columns: {
      orderNo: 'Order no.',
      product: 'Product',
      customer: 'Customer',
      queuedAt: 'Queued at',
      waited: 'Waiting',
      place: 'Place',
      actions: 'Actions',
    },
    place: 'No. {{place}}',
    assign: 'Assign now',
    assignTitle: 'Assign a provider to this project now?',
    assignHint: 'Raise a provider’s maximum open orders first, or the project stays queued.',
    assigned: 'A provider was assigned',
    stillQueued: 'The providers are still full; the project stays queued',
  },
  capacity: {
    title: 'Provider capacity per product',
    queued: '{{count}} queued',
    states: {
      full: 'All providers are at their maximum',
      no_provider: 'No provider has a weight above 0',
      room: 'Capacity is free; assigned at the next try',
    },
    selfDelivery: 'No providers set: you deliver it yourself, without a limit',
    provider: 'Provider',
    weight: 'Weight',
    maxOpen: 'Max open',
    open: 'Open now',
    spare: 'Spare',
    adjust: 'Adjust capacity',
  },
  tasks: {
    title: 'Waiting for an employee',
    intro:
      'When no employee of the role at an assign-order step has spare capacity, the task waits here (the project keeps running); the queue is retried every hour. After raising an employee’s maximum you can retry at once.',
    empty: 'No task is waiting for an employee',
    columns: {
      orderNo: 'Order no.',
      product: 'Product',
      node: 'Step',
      role: 'Role',
      enteredAt: 'Queued at',
      waited: 'Waiting',
      actions: 'Actions',
    },
  },
  roles: {
    title: 'Employees who can take work, per role',
    waiting: '{{count}} waiting',
    employees: '{{count}} employee(s)',
    available: '{{count}} available',
    noneAvailable: 'Nobody available (full, on leave or not accepting)',
    adjust: 'Adjust employee capacity',
  },
};
