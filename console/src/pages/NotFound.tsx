import { Link } from 'wouter';

export function NotFoundPage() {
  return (
    <section className="page">
      <h1>Not found</h1>
      <p>
        There is nothing here. <Link href="/inbox/unassigned">Back to the inbox</Link>
      </p>
    </section>
  );
}
