import { App } from 'antd';
import { useEffect } from 'react';
import { provideFeedback } from './feedback';

function Register() {
  const { message, modal } = App.useApp();
  useEffect(() => {
    provideFeedback({ message, modal });
    return () => provideFeedback(null);
  }, [message, modal]);
  return null;
}

/** antd's message and modal holders, loaded after the first paint (shared/ui/feedback.ts). */
export default function FeedbackHost() {
  return (
    <App component={false}>
      <Register />
    </App>
  );
}
