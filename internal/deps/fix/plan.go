package fix

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pep440"
)

// Kinds of a Fix.
const (
	KindPin    = "pin"    // rewrite an ==V / ===V pin in a manifest
	KindFloor  = "floor"  // raise a >=V floor in a manifest
	KindRelock = "relock" // a lock file: run the lock tool's command
)

// Fix is one planned change, or the reason a vulnerable declaration cannot
// be fixed. It is what `krait fix --format json` prints.
type Fix struct {
	Package    string   `json:"package"`
	File       string   `json:"file"`
	Line       int      `json:"line,omitempty"`
	Kind       string   `json:"kind"`
	From       string   `json:"from"`
	To         string   `json:"to,omitempty"`
	Advisories []string `json:"advisories"` // fixed by To; when Reason is set, those affecting From
	Reason     string   `json:"reason,omitempty"`
	Hashes     []string `json:"hashes,omitempty"`  // the new release's hashes, for --hash lines
	Command    []string `json:"command,omitempty"` // KindRelock: the command that relocks
	Note       string   `json:"note,omitempty"`
}

// Fixable reports whether the fix has a target version.
func (f Fix) Fixable() bool { return f.Reason == "" && f.To != "" }

// Plan is the outcome of planning: one Fix per vulnerable declaration,
// sorted by file, line and package.
type Plan struct {
	Fixes []Fix `json:"fixes"`
}

// Matcher returns the IDs of the advisories affecting version v of the
// project whose PEP 503 normalised name is name.
type Matcher func(name string, v pep440.Version) []string

// ReleaseLister returns every known release of the project whose PEP 503
// normalised name is name.
type ReleaseLister func(ctx context.Context, name string) ([]Release, error)

// Options tunes MakePlan.
type Options struct {
	// Python is the project's target Python version ("3.8"); "" skips the
	// requires_python check.
	Python string
	// RaiseFloors also fixes ">=V" floors whose V is affected, by raising
	// V; by default only pins and lock files are fixed.
	RaiseFloors bool
	// AllowPrereleases admits pre-releases for final pins.
	AllowPrereleases bool
	// Constraints returns what other locked or declared packages require
	// of the project name (nil when unknown); may be nil. MakePlan passes
	// it its own ctx.
	Constraints func(ctx context.Context, name string) []Constraint
}

// MakePlan decides, for every package of pkgs pinned (or locked) at a
// version some advisory affects, the version to upgrade to. All the
// declarations of one project are moved to the same version, chosen by
// Choose with the other declarations' specifiers as constraints. It
// returns an error only when ctx is cancelled or list fails.
func MakePlan(ctx context.Context, pkgs []inventory.Package, list ReleaseLister, match Matcher, opts Options) (Plan, error) {
	groups := map[string][]inventory.Package{}
	var names []string
	for _, p := range pkgs {
		if p.Normalized == "" || p.NotAuditable != "" {
			continue
		}
		if _, ok := groups[p.Normalized]; !ok {
			names = append(names, p.Normalized)
		}
		groups[p.Normalized] = append(groups[p.Normalized], p)
	}
	sort.Strings(names)
	var plan Plan
	for _, name := range names {
		if err := ctx.Err(); err != nil {
			return plan, err
		}
		fixes, err := planPackage(ctx, name, groups[name], list, match, opts)
		if err != nil {
			return plan, err
		}
		plan.Fixes = append(plan.Fixes, fixes...)
	}
	sort.SliceStable(plan.Fixes, func(i, j int) bool {
		a, b := plan.Fixes[i], plan.Fixes[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Package < b.Package
	})
	return plan, nil
}

type target struct {
	pkg     inventory.Package
	kind    string
	from    string
	current pep440.Version
	ids     []string
}

func planPackage(ctx context.Context, name string, entries []inventory.Package, list ReleaseLister, match Matcher, opts Options) ([]Fix, error) {
	var targets []target
	var constraints []Constraint
	for _, p := range entries {
		origin := p.File
		if p.Line > 0 {
			origin = fmt.Sprintf("%s:%d", p.File, p.Line)
		}
		t, ok := targetOf(p, opts)
		if ok {
			t.ids = match(name, t.current)
		}
		if !ok || len(t.ids) == 0 {
			if len(p.Specifiers) > 0 {
				constraints = append(constraints, Constraint{Origin: origin, Specifiers: p.Specifiers})
			}
			continue
		}
		if rest := withoutClause(p.Specifiers, t.kind); len(rest) > 0 {
			constraints = append(constraints, Constraint{Origin: origin, Specifiers: rest})
		}
		targets = append(targets, t)
	}
	if len(targets) == 0 {
		return nil, nil
	}
	if opts.Constraints != nil {
		constraints = append(constraints, opts.Constraints(ctx, name)...)
	}
	current := targets[0].current
	for _, t := range targets[1:] {
		if pep440.Compare(t.current, current) > 0 {
			current = t.current
		}
	}
	rels, err := list(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("releases of %s: %w", name, err)
	}
	choice, cerr := Choose(Request{
		Package: targets[0].pkg.Name, Current: current, Releases: rels,
		Affected:    func(v pep440.Version) []string { return match(name, v) },
		Constraints: constraints, Python: opts.Python, AllowPrereleases: opts.AllowPrereleases,
	})
	var nofix *NoFixError
	if cerr != nil && !errors.As(cerr, &nofix) {
		return nil, cerr
	}
	var fixes []Fix
	for _, t := range targets {
		f := Fix{Package: t.pkg.Name, File: t.pkg.File, Line: t.pkg.Line, Kind: t.kind, From: t.from}
		ids := append([]string(nil), t.ids...)
		sort.Strings(ids)
		f.Advisories = ids
		if cerr != nil {
			f.Reason = strings.Join(nofix.Reasons, "; ")
			fixes = append(fixes, f)
			continue
		}
		f.To = choice.Release.Version.String()
		f.Advisories = fixedIDs(t.ids, match(name, choice.Release.Version))
		if t.kind == KindRelock {
			f.Command, f.Note = RelockCommand(t.pkg.File, t.pkg.Name, f.To)
		} else {
			f.Hashes = choice.Release.Hashes
			if k := FileKind(t.pkg.File); k != "requirements" && k != "pyproject" {
				f.Reason = fmt.Sprintf("krait does not rewrite %s; change %s to %s there by hand", filepath.Base(t.pkg.File), t.from, f.To)
			}
		}
		fixes = append(fixes, f)
	}
	return fixes, nil
}

// targetOf tells whether p is a declaration a fix rewrites, and how.
func targetOf(p inventory.Package, opts Options) (target, bool) {
	t := target{pkg: p}
	isLock := isLockKind(FileKind(p.File))
	switch {
	case p.Version != "":
		v, err := pep440.Parse(p.Version)
		if err != nil {
			return t, false
		}
		t.kind, t.from, t.current = KindPin, p.Version, v
		if isLock {
			t.kind = KindRelock
		}
		return t, true
	case opts.RaiseFloors && !isLock:
		for _, sp := range p.Specifiers {
			if sp.Op == pep440.OpGreaterEqual {
				if v, err := pep440.Parse(sp.Text); err == nil {
					t.kind, t.from, t.current = KindFloor, sp.Text, v
					return t, true
				}
			}
		}
	}
	return t, false
}

// withoutClause drops from set the clauses a fix of kind rewrites.
func withoutClause(set pep440.SpecifierSet, kind string) pep440.SpecifierSet {
	var out pep440.SpecifierSet
	for _, sp := range set {
		pin := (sp.Op == pep440.OpEqual && !sp.Wildcard) || sp.Op == pep440.OpArbitrary
		if (kind != KindFloor && pin) || (kind == KindFloor && sp.Op == pep440.OpGreaterEqual) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// FileKind classifies a manifest by its file name: "pyproject",
// "requirements" (any other name: requirements and constraints files have
// no fixed name), "uv", "poetry", "pdm", "pipenv" (Pipfile.lock),
// "pylock", or "other" for manifests krait reads but does not rewrite
// (Pipfile, setup.cfg, setup.py).
func FileKind(path string) string {
	base := filepath.Base(path)
	switch {
	case base == "pyproject.toml":
		return "pyproject"
	case base == "uv.lock":
		return "uv"
	case base == "poetry.lock":
		return "poetry"
	case base == "pdm.lock":
		return "pdm"
	case base == "Pipfile.lock":
		return "pipenv"
	case base == "pylock.toml" || strings.HasPrefix(base, "pylock.") && strings.HasSuffix(base, ".toml"):
		return "pylock"
	case base == "Pipfile" || base == "setup.cfg" || base == "setup.py":
		return "other"
	}
	return "requirements"
}

func isLockKind(k string) bool {
	switch k {
	case "uv", "poetry", "pdm", "pipenv", "pylock":
		return true
	}
	return false
}
