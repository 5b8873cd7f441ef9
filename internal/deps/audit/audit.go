// Package audit matches a project's dependency inventory against OSV
// advisories and turns the matches into findings of the common model.
//
// The advisories come from a Source: the local database (offline) or the
// OSV API (online). Both hand over the records that name the packages, and
// the one matcher of internal/deps/osv decides: pinned and locked versions
// by Index.Query, packages known only by a range by Index.JudgeRange.
package audit

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/krait-dev/krait/internal/config"
	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/osv"
	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep503"
	"github.com/krait-dev/krait/internal/deps/pep508"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/supplychain/typosquat"
)

// Source gives the OSV records that name packages.
type Source interface {
	// Advisories returns the records naming each of names (PEP 503
	// normalised), withdrawn ones included; names without records may be
	// absent from the map.
	Advisories(ctx context.Context, names []string) (map[string][]*osv.Vulnerability, error)
}

// Options tunes Audit.
type Options struct {
	// Env is the target environment markers are evaluated for; packages
	// whose marker is false there are not installed and not audited.
	Env pep508.Environment
	// Ignores are the project's ignored advisories.
	Ignores []config.VulnIgnore
	// ConfigFile is the file the ignores come from, for findings about
	// them.
	ConfigFile string
	// Now is today, for ignore expiry; zero means time.Now().
	Now time.Time
	// Releases, when not nil, lists the known releases of a package for
	// range judgements (from the package index).
	Releases func(name string) []pep440.Version
	// Typosquats, when not nil, checks every package name against the
	// popular packages.
	Typosquats *typosquat.Index
	// Gate, when not nil, adjusts a typosquatting match with what the
	// package index says about the two projects (typosquat.Gate).
	Gate func(ctx context.Context, m typosquat.Match) typosquat.Match
}

// Report is the result of an audit.
type Report struct {
	Findings []finding.Finding
	// Audited counts the packages matched against advisories; Skipped
	// those whose marker excludes the target environment.
	Audited, Skipped int
	// Advisories counts the records considered.
	Advisories int
	// Warnings are problems with advisories (malformed ranges, ...).
	Warnings []string
}

// Audit matches pkgs against the advisories src gives. Problems are
// turned into findings too (dependency-file-problem).
func Audit(ctx context.Context, pkgs []inventory.Package, problems []inventory.Problem, src Source, opts Options) (*Report, error) {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	rep := &Report{}
	for _, p := range problems {
		rep.Findings = append(rep.Findings, problemFinding(p))
	}
	var audited []inventory.Package
	nameSet := make(map[string]bool)
	for _, p := range pkgs {
		if p.NotAuditable != "" {
			rep.Findings = append(rep.Findings, notAuditable(p))
			continue
		}
		if p.Normalized == "" {
			continue
		}
		if !applies(p, opts.Env) {
			rep.Skipped++
			continue
		}
		audited = append(audited, p)
		nameSet[p.Normalized] = true
	}
	names := make([]string, 0, len(nameSet))
	for n := range nameSet {
		names = append(names, n)
	}
	sort.Strings(names)
	var records []*osv.Vulnerability
	if len(names) > 0 {
		byName, err := src.Advisories(ctx, names)
		if err != nil {
			return nil, fmt.Errorf("fetching advisories: %w", err)
		}
		seen := make(map[string]bool)
		for _, n := range names {
			for _, v := range byName[n] {
				if v != nil && !seen[v.ID] {
					seen[v.ID] = true
					records = append(records, v)
				}
			}
		}
	}
	ix := osv.NewIndex(records)
	rep.Advisories = ix.Len()
	for _, w := range ix.Warnings() {
		rep.Warnings = append(rep.Warnings, fmt.Sprint(w))
	}
	ign := newIgnorer(opts.Ignores, opts.Now)
	for _, p := range audited {
		rep.Audited++
		if p.Version != "" {
			res := ix.Query(p.Normalized, pep440.ParseLoose(p.Version))
			for _, m := range res.Matches {
				f := matchFinding(p, m)
				ign.apply(&f, append(slices.Clone(m.IDs), m.Aliases...))
				rep.Findings = append(rep.Findings, f)
			}
			continue
		}
		if len(p.Specifiers) == 0 && len(ix.Advisories(p.Normalized)) == 0 {
			continue
		}
		var releases []pep440.Version
		if opts.Releases != nil {
			releases = opts.Releases(p.Normalized)
		}
		j := ix.JudgeRange(p.Normalized, p.Specifiers, releases)
		if f, ok := rangeFinding(p, j, ix); ok {
			ign.apply(&f, f.Aliases)
			rep.Findings = append(rep.Findings, f)
		}
	}
	if opts.Typosquats != nil {
		rep.Findings = append(rep.Findings, typosquats(ctx, audited, opts.Typosquats, opts.Gate)...)
	}
	rep.Findings = append(rep.Findings, ign.report(opts.ConfigFile)...)
	finding.Sort(rep.Findings)
	finding.SetFingerprints(rep.Findings)
	return rep, nil
}

// applies reports whether p is installed in env: its marker holds, or
// names extras or groups (which say when, not where), or cannot be
// evaluated (audited rather than dropped).
func applies(p inventory.Package, env pep508.Environment) bool {
	if p.Marker == "" || env == (pep508.Environment{}) {
		return true
	}
	if strings.Contains(p.Marker, "extra") || strings.Contains(p.Marker, "dependency_groups") {
		return true
	}
	m, err := pep508.ParseMarker(p.Marker)
	if err != nil {
		return true
	}
	ok, err := m.Evaluate(env)
	return ok || err != nil
}

func base(p inventory.Package, rule string) finding.Finding {
	f := finding.Finding{RuleID: rule, Path: p.File, Line: max(p.Line, 1), Column: 1,
		Package: p.Normalized, Version: p.Version}
	for _, r := range Rules() {
		if r.ID == rule {
			f.RuleName, f.Severity, f.Confidence, f.CWE = r.Name, r.Severity, r.Confidence, r.CWE
		}
	}
	return f
}

// where says where a package comes from, for messages.
func where(p inventory.Package) string {
	var parts []string
	if p.Direct {
		parts = append(parts, "direct")
	} else if p.Constraint {
		parts = append(parts, "constraint")
	} else {
		parts = append(parts, "transitive")
	}
	if p.Group != "" && p.Group != "main" {
		parts = append(parts, "group "+p.Group)
	}
	if p.ManifestFile != "" {
		parts = append(parts, fmt.Sprintf("declared in %s:%d", p.ManifestFile, p.ManifestLine))
	}
	return strings.Join(parts, ", ")
}

func matchFinding(p inventory.Package, m osv.Match) finding.Finding {
	rule := RuleVulnerable.ID
	if isMalicious(m.IDs) {
		rule = RuleMalicious.ID
	}
	f := base(p, rule)
	f.Version = m.Version
	f.Aliases = append(slices.Clone(m.IDs), m.Aliases...)
	f.FixedVersions = m.FixedVersions
	if rule == RuleVulnerable.ID && m.Rating.Known() {
		f.Severity = m.Rating.Severity
	}
	ids := m.ID
	if others := append(slices.Clone(m.IDs[1:]), m.Aliases...); len(others) > 0 {
		ids += " (" + strings.Join(others, ", ") + ")"
	}
	summary := m.Summary
	if summary == "" {
		summary = "see " + m.URL
	}
	fix := "no fixed version is published"
	if m.Fix != "" {
		fix = "upgrade to " + m.Fix
	} else if len(m.FixedVersions) > 0 {
		fix = "fixed in " + strings.Join(m.FixedVersions, ", ")
	}
	if rule == RuleMalicious.ID {
		f.Message = fmt.Sprintf("%s %s is malicious (%s): %s; remove it and rotate any credentials the machine held", p.Name, m.Version, ids, summary)
	} else {
		f.Message = fmt.Sprintf("%s %s is affected by %s: %s; %s (%s)", p.Name, m.Version, ids, summary, fix, where(p))
	}
	f.Snippet = p.Name + "==" + m.Version
	return f
}

func isMalicious(ids []string) bool {
	for _, id := range ids {
		if strings.HasPrefix(id, "MAL-") {
			return true
		}
	}
	return false
}

func rangeFinding(p inventory.Package, j osv.Judgement, ix *osv.Index) (finding.Finding, bool) {
	f := base(p, RuleVulnerableRange.ID)
	spec := p.Specifiers.String()
	if spec == "" {
		spec = "(any version)"
	}
	if isMalicious(j.IDs) {
		f = base(p, RuleMalicious.ID)
	}
	// The ids and aliases of the records affecting an allowed version, and
	// the worst rating among them.
	f.Aliases = slices.Clone(j.IDs)
	for _, a := range ix.Advisories(p.Normalized) {
		if !slices.Contains(j.IDs, a.Vuln.ID) {
			continue
		}
		for _, al := range a.Vuln.Aliases {
			if !slices.Contains(f.Aliases, al) {
				f.Aliases = append(f.Aliases, al)
			}
		}
		if r := a.Rating(p.Normalized); f.RuleID == RuleVulnerableRange.ID && r.Known() && r.Severity > f.Severity {
			f.Severity = r.Severity
		}
	}
	ids := strings.Join(j.IDs, ", ")
	switch j.Verdict {
	case osv.VerdictVulnerable:
		f.Message = fmt.Sprintf("every version %s %s allows is affected (%s) (%s)", p.Name, spec, ids, where(p))
	case osv.VerdictFloor:
		f.Message = fmt.Sprintf("%s %s allows affected versions (%s); raise the floor to %s (%s)", p.Name, spec, ids, j.Floor, where(p))
		f.FixedVersions = []string{j.Floor}
	case osv.VerdictPartial:
		f.Message = fmt.Sprintf("%s %s allows affected versions (%s: %s), including the newest known (%s)", p.Name, spec, ids, strings.Join(j.Affected, ", "), where(p))
	default:
		return f, false
	}
	f.Snippet = p.Name + spec
	return f, true
}

// typosquats reports the packages whose names imitate popular ones, once
// per name and file.
func typosquats(ctx context.Context, pkgs []inventory.Package, ix *typosquat.Index, gate func(context.Context, typosquat.Match) typosquat.Match) []finding.Finding {
	var out []finding.Finding
	seen := make(map[string]bool)
	for _, p := range pkgs {
		if seen[p.Normalized+"\x00"+p.File] {
			continue
		}
		seen[p.Normalized+"\x00"+p.File] = true
		m, ok := ix.Best(p.Name)
		if !ok {
			continue
		}
		if gate != nil {
			m = gate(ctx, m)
		}
		f := base(p, RuleTyposquat.ID)
		if m.Severity != 0 {
			f.Severity = m.Severity
		}
		how := string(m.Technique)
		if m.Reason != "" {
			how += ": " + m.Reason
		}
		f.Message = fmt.Sprintf("%s looks like a typosquat of %s (%s); check that you meant this package", p.Name, m.Target, how)
		out = append(out, f)
	}
	return out
}

func notAuditable(p inventory.Package) finding.Finding {
	f := base(p, RuleNotAuditable.ID)
	name := p.Name
	if name == "" {
		name = p.URL
	}
	f.Message = fmt.Sprintf("%s cannot be audited: %s", name, p.NotAuditable)
	return f
}

func problemFinding(p inventory.Problem) finding.Finding {
	f := base(inventory.Package{File: p.File, Line: p.Line}, RuleManifestProblem.ID)
	f.Message = p.Msg
	return f
}

// ignorer applies the project's ignores and remembers which were used.
type ignorer struct {
	list []config.VulnIgnore
	used []bool
	now  time.Time
}

func newIgnorer(list []config.VulnIgnore, now time.Time) *ignorer {
	return &ignorer{list: list, used: make([]bool, len(list)), now: now}
}

// apply marks f, about the advisories ids, suppressed when an ignore
// names one of them (suppressed findings stay in JSON and SARIF, as
// suppressed code findings do); an expired ignore leaves f reported and
// notes the expiry in its message.
func (ig *ignorer) apply(f *finding.Finding, ids []string) {
	for i, e := range ig.list {
		if !slices.ContainsFunc(ids, func(id string) bool { return strings.EqualFold(id, e.ID) }) {
			continue
		}
		ig.used[i] = true
		if e.Expired(ig.now) {
			f.Message += fmt.Sprintf(" [its ignore expired on %s]", e.Expires.Format(time.DateOnly))
			return
		}
		f.Suppressed = &finding.Suppression{Kind: "config", Reason: e.Reason}
		return
	}
}

// report returns the findings about expired and unused ignores.
func (ig *ignorer) report(file string) []finding.Finding {
	var out []finding.Finding
	for i, e := range ig.list {
		var f finding.Finding
		switch {
		case e.Expired(ig.now):
			f = base(inventory.Package{File: file, Line: 1}, RuleIgnoreExpired.ID)
			f.Message = fmt.Sprintf("the ignore of %s (%s) expired on %s: renew it with a reason or remove it", e.ID, e.Key, e.Expires.Format(time.DateOnly))
		case !ig.used[i]:
			f = base(inventory.Package{File: file, Line: 1}, RuleIgnoreUnused.ID)
			f.Message = fmt.Sprintf("the ignore of %s (%s) matches no vulnerable dependency: remove it", e.ID, e.Key)
		default:
			continue
		}
		f.Aliases = []string{e.ID}
		out = append(out, f)
	}
	return out
}

// MapSource is a Source over records already in memory (tests, and the
// records of an imported database), by normalised name.
type MapSource map[string][]*osv.Vulnerability

// Advisories implements Source.
func (m MapSource) Advisories(_ context.Context, names []string) (map[string][]*osv.Vulnerability, error) {
	out := make(map[string][]*osv.Vulnerability, len(names))
	for _, n := range names {
		if vs, ok := m[pep503.Normalize(n)]; ok {
			out[n] = vs
		}
	}
	return out, nil
}
