import { Icon } from "@/components/ui/icon";

/** The list pane with nothing in it: a mailbox with no mail, or a search with no hits. */
export function EmptyList({ title, body }: { title: string; body: string }) {
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-2 px-6 py-16 text-center">
      <Icon name="mail" className="mb-1 size-8 text-gray-300" />
      <p className="text-sm font-medium text-gray-800">{title}</p>
      <p className="max-w-xs text-sm text-gray-600">{body}</p>
    </div>
  );
}
