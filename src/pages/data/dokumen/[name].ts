// The data team's documents and templates, byte for byte as in the repository (src/site/documents.ts).
import { DOCUMENTS, documentText } from '../../../site/documents.ts';

export function getStaticPaths() {
  return DOCUMENTS.map((d) => ({ params: { name: d.name }, props: { file: d.file } }));
}

export function GET({ props }: { props: { file: string } }): Response {
  const type = props.file.endsWith('.csv') ? 'text/csv' : 'text/markdown';
  return new Response(documentText(props.file), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
