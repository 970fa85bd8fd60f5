import { notFound } from 'next/navigation';

// Deeper reader paths exist nowhere; answering here keeps their 404 in the site's frame.
export default function DeepPathNotFound() {
  notFound();
}
