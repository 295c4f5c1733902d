import { memo } from 'react';

/** Renders **bold** spans: the guides mark BigCommerce's own UI names that way. */
export const RichText = memo(function RichText({ text }: { text: string }) {
  const parts = text.split(/\*\*(.+?)\*\*/);
  return (
    <>
      {parts.map((part, index) => (index % 2 === 1 ? <strong key={index}>{part}</strong> : part))}
    </>
  );
});
