import type { FastifyBaseLogger } from 'fastify';

export interface SmsMessage {
  phone: string;
  template: string;
  text: string;
}

/** An SMS gateway. Production adapters (Aliyun SMS, Twilio…) implement this. */
export interface SmsSender {
  readonly driver: string;
  send(msg: SmsMessage): Promise<void>;
}

/** Writes each message to the log instead of sending it; the default driver. */
export function loggingSms(log: FastifyBaseLogger): SmsSender {
  return {
    driver: 'log',
    async send(msg) {
      log.info({ sms: { phone: msg.phone, template: msg.template, text: msg.text } }, 'sms (log driver)');
    },
  };
}
