import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAllAgencies, type Agency } from '@/features/agency/api/get-agencies';
import { descendantIds } from '@/lib/tree';
import { statsSummaryOptions, type AgencyRef } from '../api/get-stats';
import type { StatsFilters } from '../utils/filters';

/**
 * The agencies a user may filter by, and an officer's own agency. The summary names the agency whose
 * subtree an officer's figures cover; this reads it from the summary the dashboard asks for anyway (the
 * same query, one request) and keeps it while the summary of other filters loads, so that the picker
 * does not flicker. Until it is known an officer gets no agency to choose: the API would refuse any
 * agency outside theirs.
 */
export function useAgencyScope(filters: StatsFilters, officer: boolean): { own?: AgencyRef; choices: readonly (Agency | AgencyRef)[] } {
  const agencies = useAllAgencies();
  const { data: own } = useQuery({
    ...statsSummaryOptions(filters),
    select: (summary) => summary.agency,
    placeholderData: keepPreviousData,
    enabled: officer,
  });
  return useMemo(() => {
    const all = agencies.data ?? [];
    if (!officer) return { choices: all };
    if (!own) return { choices: [] };
    const below = descendantIds(all, own.id);
    const subtree = all.filter((agency) => below.has(agency.id));
    // The agency itself, even while the list of agencies loads.
    return { own, choices: subtree.some((agency) => agency.id === own.id) ? subtree : [own, ...subtree] };
  }, [agencies.data, own, officer]);
}
