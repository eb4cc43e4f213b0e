import ReactMarkdown, { defaultUrlTransform } from 'react-markdown';

// react-markdown never renders raw HTML; links keep only safe protocols and open without referrer.
function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  return /^(https?:|mailto:|#|\/)/i.test(cleaned) ? cleaned : '';
}

export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose">
      <ReactMarkdown
        urlTransform={safeUrl}
        skipHtml
        components={{
          a: ({ href, children: text }) =>
            href ? (
              <a href={href} rel="noopener noreferrer nofollow" target="_blank">
                {text}
              </a>
            ) : (
              <span>{text}</span>
            ),
          img: ({ alt }) => <span>{alt ? `[image: ${alt}]` : ''}</span>,
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
