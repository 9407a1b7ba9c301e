// A classic script, so it runs while the page is parsed, before anything else: records every Content Security Policy violation of the page.
const violations: string[] = [];
(window as unknown as { cspViolations: string[] }).cspViolations = violations;
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
