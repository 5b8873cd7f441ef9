// Package outdated compares the dependencies a project uses with the
// releases on the index: the newest release the project's constraints
// allow, the newest release overall, whether the release in use was yanked
// (and why), and how old both are. Its Report is what `krait deps
// --outdated` prints and turns into findings.
package outdated

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep503"
	"github.com/krait-dev/krait/internal/deps/pypi"
	"github.com/krait-dev/krait/internal/finding"
)

// Rule IDs and names of the findings Report.Findings returns.
const (
	RuleYankedID     = "KRT4005"
	RuleYankedName   = "yanked-release"
	RuleOutdatedID   = "KRT4006"
	RuleOutdatedName = "outdated-dependency"
)

// Package is one dependency to check.
type Package struct {
	Name string // as written
	// Version is the release in use (an exact pin or a lock file's
	// version); "" when the project does not pin one.
	Version string
	// Specifiers are the project's constraints; empty allows every
	// release.
	Specifiers pep440.SpecifierSet
	// Python is the target interpreter version (e.g. "3.11"): releases
	// whose requires-python excludes it are not allowed. "" does not
	// filter by requires-python.
	Python string
	File   string // where the dependency is declared, for findings
	Line   int
}

// FromInventory converts a manifest or lock-file package. ok is false for
// packages that cannot be looked up by name (URLs, paths, VCS, editable).
func FromInventory(p inventory.Package, python string) (pkg Package, ok bool) {
	if p.NotAuditable != "" || p.Name == "" {
		return Package{}, false
	}
	return Package{
		Name: p.Name, Version: p.Version, Specifiers: p.Specifiers,
		Python: python, File: p.File, Line: p.Line,
	}, true
}

// Report is the outcome for one package. Versions are as the index spells
// them; a field is empty when it could not be determined (Note says why).
type Report struct {
	Package    string `json:"package"`
	Normalized string `json:"normalized"`
	Current    string `json:"current,omitempty"`
	// LatestAllowed is the newest non-yanked release that satisfies the
	// specifiers and the target Python.
	LatestAllowed string `json:"latest_allowed,omitempty"`
	// Latest is the newest non-yanked release whatever the constraints:
	// final releases only, unless the version in use is a pre-release or
	// the project has no final release. (LatestAllowed likewise admits
	// pre-releases when no final release is allowed.)
	Latest string `json:"latest,omitempty"`
	// Outdated: Latest is newer than Current. Upgradable: LatestAllowed
	// is.
	Outdated   bool `json:"outdated"`
	Upgradable bool `json:"upgradable"`
	// Yanked: the release in use is yanked (PEP 592).
	Yanked       bool   `json:"yanked"`
	YankedReason string `json:"yanked_reason,omitempty"`
	// Upload times and ages (at the time of the check) of the release in
	// use and of Latest; zero when unknown.
	CurrentReleased time.Time     `json:"current_released,omitzero"`
	LatestReleased  time.Time     `json:"latest_released,omitzero"`
	CurrentAge      time.Duration `json:"-"`
	LatestAge       time.Duration `json:"-"`
	CurrentAgeDays  int           `json:"current_age_days,omitempty"` // whole days of CurrentAge
	LatestAgeDays   int           `json:"latest_age_days,omitempty"`  // whole days of LatestAge
	File            string        `json:"file,omitempty"`
	Line            int           `json:"line,omitempty"`
	// Note explains a missing answer: the project or the version in use is
	// not on the index, the index could not be reached, ...
	Note string `json:"note,omitempty"`
}

// Check compares pkg with the project's releases at time now. A nil
// project gives a report whose Note says it was not found.
func Check(pkg Package, proj *pypi.Project, now time.Time) Report {
	r := Report{
		Package: pkg.Name, Normalized: pep503.Normalize(pkg.Name),
		Current: pkg.Version, File: pkg.File, Line: pkg.Line,
	}
	if proj == nil {
		r.Note = "not found on the index"
		return r
	}
	var notes []string
	current := pep440.ParseLoose(pkg.Version)
	pre := pkg.Version != "" && current.IsPrerelease()
	var py pep440.Version
	hasPy := false
	if pkg.Python != "" {
		if v, err := pep440.Parse(pkg.Python); err == nil {
			py, hasPy = v, true
		} else {
			notes = append(notes, fmt.Sprintf("target Python %q is not a version", pkg.Python))
		}
	}

	// latest and allowed admit pre-releases only when the version in use
	// is one (or, for allowed, a specifier mentions one); the *Pre
	// variants always do and stand in when no final release qualifies, as
	// pip does.
	var latest, latestPre, allowed, allowedPre *pypi.Release
	newer := func(cur **pypi.Release, rel *pypi.Release) {
		if *cur == nil || pep440.Compare(rel.Parsed, (*cur).Parsed) > 0 {
			*cur = rel
		}
	}
	for i := range proj.Releases {
		rel := &proj.Releases[i]
		if rel.Yanked || len(rel.Files) == 0 || rel.Parsed.IsLegacy() {
			continue
		}
		newer(&latestPre, rel)
		if !rel.Parsed.IsPrerelease() || pre {
			newer(&latest, rel)
		}
		if hasPy && !pythonOK(rel, py) {
			continue
		}
		if pkg.Specifiers.Contains(rel.Parsed, true) {
			newer(&allowedPre, rel)
		}
		if pkg.Specifiers.Contains(rel.Parsed, pre) {
			newer(&allowed, rel)
		}
	}
	if latest == nil {
		latest = latestPre
	}
	if allowed == nil {
		allowed = allowedPre
	}
	if latest != nil {
		r.Latest, r.LatestReleased = latest.Version, latest.UploadTime
		r.LatestAge = age(now, latest.UploadTime)
		r.LatestAgeDays = int(r.LatestAge / (24 * time.Hour))
	}
	if allowed != nil {
		r.LatestAllowed = allowed.Version
	} else {
		notes = append(notes, "no release satisfies the constraints")
	}
	if pkg.Version != "" {
		if rel := proj.Find(pkg.Version); rel != nil {
			r.Yanked, r.YankedReason = rel.Yanked, rel.YankedReason
			r.CurrentReleased, r.CurrentAge = rel.UploadTime, age(now, rel.UploadTime)
			r.CurrentAgeDays = int(r.CurrentAge / (24 * time.Hour))
		} else {
			notes = append(notes, "version "+pkg.Version+" is not on the index")
		}
		if !current.IsLegacy() {
			r.Outdated = latest != nil && pep440.Compare(latest.Parsed, current) > 0
			r.Upgradable = allowed != nil && pep440.Compare(allowed.Parsed, current) > 0
		}
	}
	r.Note = strings.Join(notes, "; ")
	return r
}

// pythonOK reports whether any file of rel admits the interpreter py. A
// requires-python that does not parse is ignored, as pip does.
func pythonOK(rel *pypi.Release, py pep440.Version) bool {
	for _, f := range rel.Files {
		if f.RequiresPython == "" {
			return true
		}
		set, err := pep440.ParseSpecifierSet(f.RequiresPython)
		if err != nil || set.Contains(py, true) {
			return true
		}
	}
	return false
}

func age(now, t time.Time) time.Duration {
	if t.IsZero() || now.Before(t) {
		return 0
	}
	return now.Sub(t)
}

// Fetch fetches projects by name, like pypi.Client.Projects (JSON API) or
// pypi.Client.SimpleProjects (simple indexes).
type Fetch func(ctx context.Context, names []string) ([]pypi.Result, error)

// CheckAll fetches every package's project (each name once, in parallel
// as fetch allows) and checks it at time now. Reports are in the order of
// pkgs; a project that could not be fetched gets a Note. The error is
// non-nil only when ctx ends first.
func CheckAll(ctx context.Context, fetch Fetch, pkgs []Package, now time.Time) ([]Report, error) {
	names := make([]string, len(pkgs))
	for i, p := range pkgs {
		names[i] = p.Name
	}
	res, err := fetch(ctx, names)
	if err != nil {
		return nil, err
	}
	if len(res) != len(pkgs) {
		return nil, fmt.Errorf("outdated: fetched %d projects for %d packages", len(res), len(pkgs))
	}
	out := make([]Report, len(pkgs))
	for i, p := range pkgs {
		out[i] = Check(p, res[i].Project, now)
		if res[i].Err != nil {
			out[i].Note = res[i].Err.Error()
		}
	}
	return out, nil
}

// Findings turns the report into findings: one for a yanked release in use
// (medium severity) and one for a release older than the latest (low).
// Path and line are the declaring manifest's.
func (r Report) Findings() []finding.Finding {
	var fs []finding.Finding
	base := finding.Finding{
		Confidence: finding.HighConfidence,
		Path:       r.File,
		Line:       r.Line,
		Package:    r.Package,
		Version:    r.Current,
	}
	if r.Upgradable {
		base.FixedVersions = []string{r.LatestAllowed}
	}
	if r.Yanked {
		f := base
		f.RuleID, f.RuleName, f.Severity = RuleYankedID, RuleYankedName, finding.Medium
		f.Message = fmt.Sprintf("%s %s is a yanked release", r.Package, r.Current)
		if r.YankedReason != "" {
			f.Message += ": " + oneLine(r.YankedReason)
		}
		if r.LatestAllowed != "" && r.LatestAllowed != r.Current {
			f.Message += fmt.Sprintf(" (latest allowed: %s)", r.LatestAllowed)
		}
		fs = append(fs, f)
	}
	if r.Outdated {
		f := base
		f.RuleID, f.RuleName, f.Severity = RuleOutdatedID, RuleOutdatedName, finding.Low
		f.Message = fmt.Sprintf("%s %s is outdated: latest is %s", r.Package, r.Current, r.Latest)
		if !r.LatestReleased.IsZero() {
			f.Message += " (released " + r.LatestReleased.Format("2006-01-02") + ")"
		}
		switch {
		case r.LatestAllowed == r.Latest:
		case r.Upgradable:
			f.Message += fmt.Sprintf("; the constraints allow up to %s", r.LatestAllowed)
		default:
			f.Message += "; the constraints allow no newer release"
		}
		fs = append(fs, f)
	}
	return fs
}

// oneLine collapses whitespace and bounds the length of index-provided
// text before it goes into a message.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 200 {
		s = string(r[:200]) + "…"
	}
	return s
}
