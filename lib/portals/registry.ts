// The insurer portals recognised out of the box (shared/fields.md), with the host patterns the
// manifest's content script and host permissions are generated from. Test URLs sit beside each
// entry so the predicates are checked against real-looking addresses (test/unit/portals).

export interface Portal {
  id: string;
  name: string;
  /** Registrable domains; a page matches when its host is one of them or a subdomain. */
  domains: string[];
  /** What the portal is, for the side panel. */
  summary: string;
  /** Addresses that must be recognised as this portal. */
  testUrls: string[];
}

export const BUILT_IN_PORTALS: readonly Portal[] = [
  {
    id: 'availity',
    name: 'Availity Essentials',
    domains: ['availity.com'],
    // TRICARE West since 1 January 2025: TriWest Healthcare Alliance takes referrals and authorizations
    // through Availity (payer space "TRICARE West - TriWest"), per tricare.triwest.com.
    summary: 'Multi-payer portal: Aetna, Anthem/Elevance, Humana, BCBS plans, Carelon, Magellan, TRICARE West (TriWest)',
    testUrls: [
      'https://apps.availity.com/availity/web/public.elegant.login',
      'https://essentials.availity.com/static/web/onb/onboarding-ui-apps/auth/',
    ],
  },
  {
    id: 'uhc',
    name: 'UnitedHealthcare Provider Portal',
    domains: ['uhcprovider.com'],
    summary: 'Prior authorization and notification, Decision ID / reference numbers',
    testUrls: ['https://www.uhcprovider.com/en/prior-auth-advance-notification.html'],
  },
  {
    id: 'optum',
    name: 'Optum',
    domains: ['provider.optum.com', 'providerexpress.com'],
    summary: 'Optum behavioral health, ABA authorization requests',
    testUrls: ['https://provider.optum.com/aba/request', 'https://www.providerexpress.com/content/ope-provexpr/us/en/our-network.html'],
  },
  {
    id: 'cigna',
    name: 'Cigna / Evernorth',
    domains: ['cignaforhcp.cigna.com', 'medicareproviders.cigna.com'],
    summary: 'Cigna for HCP and Cigna Medicare providers',
    testUrls: ['https://cignaforhcp.cigna.com/app/precertification', 'https://medicareproviders.cigna.com/forms'],
  },
  {
    id: 'carelon',
    name: 'Carelon Behavioral Health',
    domains: ['carelonbehavioralhealth.com'],
    summary: 'ProviderConnect',
    testUrls: ['https://www.carelonbehavioralhealth.com/providers/providerconnect'],
  },
  {
    id: 'magellan',
    name: 'Magellan',
    domains: ['magellanprovider.com', 'provider.magellanhealthcare.com'],
    summary: 'Magellan provider portal',
    testUrls: ['https://www.magellanprovider.com/MagellanProvider/do/LoadHome', 'https://provider.magellanhealthcare.com/auth'],
  },
  {
    id: 'navinet',
    name: 'NaviNet',
    domains: ['navinet.net', 'navimedix.com'],
    summary: 'Independence, AmeriHealth, Highmark',
    testUrls: ['https://connect.navinet.net/', 'https://www.navimedix.com/auth'],
  },
  {
    id: 'cohere',
    name: 'Cohere Health',
    domains: ['coherehealth.com'],
    summary: 'Delegated prior authorization',
    testUrls: ['https://next.coherehealth.com/auth_requests/new'],
  },
  {
    id: 'tricare',
    // East only: the West Region's contractor changed on 1 January 2025 (Health Net Federal Services,
    // tricare-west.com, to TriWest, whose portal is Availity above).
    name: 'TRICARE East (Humana Military)',
    domains: ['humanamilitary.com'],
    summary: 'TRICARE East referrals and authorizations; TRICARE West (TriWest) works through Availity',
    testUrls: ['https://www.humanamilitary.com/provider/'],
  },
];

/** Match patterns for a domain and its subdomains, any scheme (http covers local test servers). */
export function domainMatchPatterns(domain: string): string[] {
  return [`*://${domain}/*`, `*://*.${domain}/*`];
}

export function portalMatchPatterns(portals: readonly Portal[]): string[] {
  return portals.flatMap((p) => p.domains.flatMap(domainMatchPatterns));
}

export function hostMatchesDomain(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const d = domain.toLowerCase();
  return h === d || h.endsWith('.' + d);
}

/** The portal a URL belongs to, among built-in and user-added ones; undefined when none. */
export function portalForUrl(url: string, portals: readonly Portal[] = BUILT_IN_PORTALS): Portal | undefined {
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    host = u.hostname;
  } catch {
    return undefined;
  }
  return portals.find((p) => p.domains.some((d) => hostMatchesDomain(host, d)));
}
