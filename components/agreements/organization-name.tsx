/** An organization's English name, with its local-language name and acronym where known. */
export function OrganizationName({
  organization,
}: {
  organization: { name: string; localName: string | null; acronym: string | null };
}) {
  return (
    <span>
      {organization.name}
      {organization.acronym && !organization.name.includes(organization.acronym) && (
        <span className="text-slate-500"> ({organization.acronym})</span>
      )}
      {organization.localName && (
        <span className="block text-sm text-slate-500">
          {organization.localName}
        </span>
      )}
    </span>
  );
}
