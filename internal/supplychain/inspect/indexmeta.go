package inspect

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/krait-dev/krait/internal/deps/pep503"
	"github.com/krait-dev/krait/internal/deps/pypi"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/supplychain/inspect/malcode"
	"github.com/krait-dev/krait/internal/supplychain/typosquat"
)

// DefaultMinAge is the age below which a project's first release is
// reported (young-project) when Options.MinAge is 0.
const DefaultMinAge = 30 * 24 * time.Hour

// MetadataCap is the most that the index-metadata findings (summary, age,
// releases, e-mail, repository mismatch) score together: below
// SuspiciousScore, so that metadata alone never makes a package
// suspicious, but enough to tip weak code signals.
const MetadataCap = 2.5

// IndexInfo is what the index says about the project of the release
// inspected, for the metadata checks.
type IndexInfo struct {
	// Info is the release's core metadata (the JSON API's info).
	Info *pypi.Info
	// Releases are the project's releases, oldest first; nil when the
	// project listing could not be read (the age and release-count checks
	// are then skipped).
	Releases []pypi.Release
	// MissingLinks are the homepage and project URLs found not to exist
	// (404/410, or a host that does not resolve), and DeadDomains the
	// author and maintainer e-mail domains that do not exist in DNS; both
	// filled by the caller when it may use the network (nil offline).
	MissingLinks []string
	DeadDomains  []string
}

// placeholderSummaries are summaries left from templates and tutorials
// (compared lower-cased, trailing punctuation removed).
var placeholderSummaries = map[string]bool{
	"unknown": true, "none": true, "null": true, "todo": true, "tbd": true, "test": true, "testing": true,
	"a test package": true, "test package": true, "my package": true, "my first package": true,
	"my first python package": true, "a python package": true, "python package": true, "package": true,
	"a small example package": true, "a sample python project": true, "a simple python package": true,
	"add a short description here": true, "short description": true, "a short description": true,
	"a short description of the project": true, "description": true, "project description": true,
	"put a short description here": true, "your description here": true, "lorem ipsum": true, "xxx": true,
	"-": true, ".": true, "a package": true, "hello world": true, "demo": true, "example": true,
}

// freeMailDomains are free-mail providers: anyone can open an address
// there. The table is ours; add to it freely.
var freeMailDomains = []string{
	"gmail.com", "googlemail.com",
	"outlook.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr", "live.com", "msn.com",
	"yahoo.com", "yahoo.co.uk", "yahoo.co.jp", "yahoo.fr", "yahoo.de", "ymail.com", "rocketmail.com",
	"protonmail.com", "protonmail.ch", "proton.me", "pm.me",
	"qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com", "aliyun.com",
	"mail.ru", "bk.ru", "inbox.ru", "list.ru", "rambler.ru",
	"yandex.ru", "yandex.com", "ya.ru",
	"gmx.com", "gmx.de", "gmx.net", "web.de",
	"aol.com", "icloud.com", "me.com", "mac.com", "zoho.com", "mail.com", "tutanota.com", "tuta.io",
	"naver.com", "daum.net", "hanmail.net", "rediffmail.com", "seznam.cz", "wp.pl", "o2.pl", "interia.pl",
}

// disposableMailDomains are throw-away mail services: the address stops
// existing after minutes or days.
var disposableMailDomains = []string{
	"mailinator.com", "guerrillamail.com", "guerrillamail.net", "sharklasers.com", "10minutemail.com",
	"temp-mail.org", "tempmail.com", "yopmail.com", "trashmail.com", "dispostable.com", "getnada.com",
	"maildrop.cc", "mohmal.com", "throwawaymail.com", "emailondeck.com", "fakeinbox.com", "mailnesia.com",
}

// codeHosts are the hosts whose URLs name an owner and a repository.
var codeHosts = map[string]bool{
	"github.com": true, "gitlab.com": true, "bitbucket.org": true, "codeberg.org": true,
	"sr.ht": true, "git.sr.ht": true,
}

// codeHostPages are first path segments of code-host URLs that are not
// an owner (sponsor pages, organisation pages, marketplace).
var codeHostPages = map[string]bool{"sponsors": true, "orgs": true, "apps": true, "marketplace": true, "features": true,
	"topics": true, "users": true, "groups": true, "explore": true, "settings": true}

// domainIn reports whether domain is one of list or a subdomain of one.
func domainIn(domain string, list []string) bool {
	for _, d := range list {
		if domain == d || strings.HasSuffix(domain, "."+d) {
			return true
		}
	}
	return false
}

// indexFindings runs the metadata checks on what the index says about
// target (NAME==VERSION): placeholder summary, young project, single
// release, free-mail or missing e-mail, repository links that do not
// match the name, starjacking. now is the reference time.
func indexFindings(target, name string, ii *IndexInfo, opts Options) []scored {
	if ii == nil || ii.Info == nil {
		return nil
	}
	var out []scored
	add := func(id, msg string, weight float64) {
		r := ruleInfo(id)
		if weight == 0 {
			weight = r.Weight
		}
		out = append(out, scored{f: packageFinding(id, target, 0, msg), where: PackageLevel, weight: weight, decisive: r.Decisive})
	}
	info := ii.Info
	if name == "" {
		name = info.Name
	}

	if s := strings.TrimSpace(info.Summary); s == "" {
		add(malcode.IDPlaceholderSummary, "the release has no summary", 0)
	} else if isPlaceholderSummary(s, name) {
		add(malcode.IDPlaceholderSummary, fmt.Sprintf("the summary %q is a placeholder", s), 0)
	}

	if len(ii.Releases) > 0 {
		now := opts.Now
		if now.IsZero() {
			now = time.Now()
		}
		minAge := opts.MinAge
		if minAge == 0 {
			minAge = DefaultMinAge
		}
		var first time.Time
		for _, r := range ii.Releases {
			if !r.UploadTime.IsZero() && (first.IsZero() || r.UploadTime.Before(first)) {
				first = r.UploadTime
			}
		}
		if minAge > 0 && !first.IsZero() && now.Sub(first) < minAge {
			add(malcode.IDYoungProject, fmt.Sprintf("the project's first release was uploaded %s ago (%s), less than %s",
				humanAge(now.Sub(first)), first.UTC().Format("2006-01-02"), humanAge(minAge)), 0)
		}
		if len(ii.Releases) == 1 {
			add(malcode.IDSingleRelease, fmt.Sprintf("the project has a single release (%s)", ii.Releases[0].Version), 0)
		}
	}

	emails := append(info.AuthorEmails(), info.MaintainerEmails()...)
	if len(emails) == 0 {
		add(malcode.IDMaintainerEmail, "the release gives no author or maintainer e-mail address", 0)
	} else {
		free, disposable := "", ""
		for _, e := range emails {
			_, domain, ok := strings.Cut(strings.ToLower(strings.TrimSpace(e)), "@")
			switch {
			case !ok:
			case domainIn(domain, disposableMailDomains):
				disposable = e
			case domainIn(domain, freeMailDomains):
				free = e
			}
		}
		// Reported only when no address is a project or company one.
		if disposable != "" {
			add(malcode.IDMaintainerEmail, fmt.Sprintf("the maintainer address %s is at a disposable mail service", disposable), 1.5)
		} else if free != "" && allFreeMail(emails) {
			add(malcode.IDMaintainerEmail, fmt.Sprintf("the maintainer address %s is at a free-mail provider", free), 0)
		}
	}

	for _, u := range ii.MissingLinks {
		add(malcode.IDLinkMissing, fmt.Sprintf("the release links %s, which does not exist", u), 0)
	}
	for _, d := range ii.DeadDomains {
		add(malcode.IDMailDomainDead, fmt.Sprintf("the maintainer e-mail domain %s does not exist: whoever registers it can take over the index account", d), 0)
	}

	for _, l := range repositoryLinks(info) {
		star := starjackTarget(l.repo, name, opts.Typosquat)
		if nameMatches(name, l.owner, l.repo) {
			// A plugin or sub-package may link its parent's repository
			// (tensorflow-cpu, langchain-core): only a name that
			// imitates the linked project is starjacking then.
			if star == "" || !imitates(name, star, opts.Typosquat) {
				continue
			}
		}
		if star != "" {
			add(malcode.IDStarjacking, fmt.Sprintf("%s links %s, the repository of the popular project %q", l.label, l.url, star), 0)
		} else {
			add(malcode.IDRepositoryMismatch, fmt.Sprintf("%s links %s, a repository whose name has nothing to do with %q", l.label, l.url, name), 0)
		}
	}
	return out
}

// allFreeMail reports whether every address of emails is at a free-mail
// or disposable provider.
func allFreeMail(emails []string) bool {
	for _, e := range emails {
		_, domain, _ := strings.Cut(strings.ToLower(strings.TrimSpace(e)), "@")
		if !domainIn(domain, freeMailDomains) && !domainIn(domain, disposableMailDomains) {
			return false
		}
	}
	return true
}

// isPlaceholderSummary reports whether s is template text or just the
// project's name.
func isPlaceholderSummary(s, name string) bool {
	low := strings.ToLower(strings.TrimRight(strings.TrimSpace(s), ".!"))
	if placeholderSummaries[low] {
		return true
	}
	return name != "" && pep503.Normalize(low) == pep503.Normalize(name)
}

// humanAge prints d in days (hours below a day).
func humanAge(d time.Duration) string {
	if d < 24*time.Hour {
		h := int(d.Hours())
		if h == 1 {
			return "1 hour"
		}
		return fmt.Sprintf("%d hours", h)
	}
	days := int(d.Hours() / 24)
	if days == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", days)
}

// repoLink is a code-host repository named by a URL of the release.
type repoLink struct {
	label, url, owner, repo string
}

// repositoryLinks returns the distinct code-host repositories linked by
// the release's homepage and project URLs (labels sorted).
func repositoryLinks(info *pypi.Info) []repoLink {
	type kv struct{ label, url string }
	var links []kv
	if info.HomePage != "" {
		links = append(links, kv{"the homepage", info.HomePage})
	}
	labels := make([]string, 0, len(info.ProjectURLs))
	for k := range info.ProjectURLs {
		labels = append(labels, k)
	}
	sort.Strings(labels)
	for _, k := range labels {
		if low := strings.ToLower(k); strings.Contains(low, "fund") || strings.Contains(low, "sponsor") ||
			strings.Contains(low, "donat") || strings.Contains(low, "tidelift") {
			continue // who pays for it, not where it lives
		}
		links = append(links, kv{fmt.Sprintf("the project URL %q", k), info.ProjectURLs[k]})
	}
	seen := map[string]bool{}
	var out []repoLink
	for _, l := range links {
		owner, repo, ok := codeHostRepo(l.url)
		if !ok {
			continue
		}
		key := owner + "/" + repo
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, repoLink{label: l.label, url: l.url, owner: owner, repo: repo})
	}
	return out
}

// codeHostRepo returns the lower-cased owner and repository of a code-host
// URL (https://github.com/OWNER/REPO/...); ok is false for other URLs.
func codeHostRepo(raw string) (owner, repo string, ok bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return "", "", false
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if !codeHosts[host] {
		return "", "", false
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	if len(parts) < 2 || parts[0] == "" || parts[1] == "" {
		return "", "", false
	}
	owner = strings.TrimPrefix(strings.ToLower(parts[0]), "~")
	if codeHostPages[owner] {
		return "", "", false // github.com/sponsors/NAME, /orgs/NAME, ...
	}
	repo = strings.TrimSuffix(strings.ToLower(parts[1]), ".git")
	return owner, repo, true
}

// nameWords splits a name into its lower-cased words (on -, _, . and
// spaces), without the python/py affixes that honest names add or drop.
func nameWords(s string) []string {
	s = strings.ToLower(s)
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' || r == '.' || r == ' ' }) {
		switch w {
		case "python", "py", "python3", "py3", "lib", "the":
			continue
		}
		out = append(out, w)
	}
	return out
}

// squash drops separators and the python/py affixes: "python-dateutil" →
// "dateutil", "PyYAML" → "yaml".
func squash(s string) string {
	j := strings.Join(nameWords(s), "")
	for _, p := range []string{"python", "py"} {
		if t := strings.TrimPrefix(j, p); len(t) >= 3 && t != j {
			j = t
			break
		}
	}
	return j
}

// nameMatches reports whether the repository owner/repo has something to
// do with the project name: the same squashed name, one containing the
// other, or a shared word of three letters or more.
func nameMatches(name, owner, repo string) bool {
	n := squash(name)
	if n == "" {
		return true
	}
	for _, cand := range []string{repo, owner} {
		c := squash(cand)
		if c == "" {
			continue
		}
		if c == n || len(c) >= 3 && strings.Contains(n, c) || len(n) >= 3 && strings.Contains(c, n) {
			return true
		}
		for _, w := range nameWords(name) {
			for _, v := range nameWords(cand) {
				if len(w) >= 3 && len(v) >= 3 && (w == v || strings.Contains(v, w) || strings.Contains(w, v)) {
					return true
				}
			}
		}
	}
	return false
}

// starjackTarget returns the popular project whose name the repository
// carries, when it is not the project inspected; "" otherwise.
func starjackTarget(repo, name string, ix *typosquat.Index) string {
	if ix == nil || repo == "" || pep503.Normalize(repo) == pep503.Normalize(name) {
		return ""
	}
	for _, cand := range []string{repo, strings.TrimSuffix(strings.TrimPrefix(repo, "python-"), "-python")} {
		if ix.Rank(cand) > 0 {
			return pep503.Normalize(cand)
		}
	}
	return ""
}

// imitates reports whether the typosquatting index finds that name
// imitates the popular project target.
func imitates(name, target string, ix *typosquat.Index) bool {
	if ix == nil {
		return false
	}
	for _, m := range ix.Check(name) {
		if m.Target == target {
			return true
		}
	}
	return false
}

// metadataCapped reports whether the finding f belongs to the
// index-metadata group limited by MetadataCap.
func metadataCapped(f *finding.Finding) bool {
	r := ruleInfo(f.RuleID)
	return r != nil && r.IndexMetadata
}
