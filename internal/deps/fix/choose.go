package fix

import (
	"fmt"
	"sort"
	"strings"

	"github.com/krait-dev/krait/internal/deps/pep440"
)

// Release is one published release of a package, as an index reports it.
type Release struct {
	Version        pep440.Version
	Yanked         bool
	YankedReason   string
	RequiresPython string   // the release's Requires-Python as published; "" when absent
	Hashes         []string // "algorithm:hex" of the release's files, for --hash lines
}

// Constraint is a limit that something other than the pin being fixed puts
// on the package's version: the project's own specifiers for it, a
// constraints file, or another locked or declared package's requirement.
type Constraint struct {
	Origin     string // where it comes from, e.g. "requirements.txt:4" or "flask 2.0.1"
	Specifiers pep440.SpecifierSet
}

// AffectedFunc returns the IDs of the advisories that affect version v of
// the package being fixed (nil when none does).
type AffectedFunc func(v pep440.Version) []string

// Request is the input of Choose for one package.
type Request struct {
	Package     string         // the project name, for messages
	Current     pep440.Version // the version pinned now (or the floor being raised)
	Releases    []Release      // every known release, in any order
	Affected    AffectedFunc   // nil means no release is affected
	Constraints []Constraint
	// Python is the target Python version ("3.8", "3.12.1"); "" skips the
	// requires_python check.
	Python string
	// AllowPrereleases admits pre-releases even when Current is a final
	// release.
	AllowPrereleases bool
}

// Choice is the version Choose picked.
type Choice struct {
	Release Release
	// Fixed lists the advisories affecting Current that the chosen
	// release is not affected by, sorted.
	Fixed []string
}

// NoFixError explains why no release qualifies.
type NoFixError struct {
	Package string
	Reasons []string // each names one blocker
}

// Error implements error.
func (e *NoFixError) Error() string {
	return fmt.Sprintf("no fix for %s: %s", e.Package, strings.Join(e.Reasons, "; "))
}

// maxReasons bounds the blockers NoFixError lists.
const maxReasons = 6

// Choose picks the smallest release newer than req.Current that is
// unaffected by every advisory, not yanked, allowed by every constraint,
// compatible with the target Python and, unless the current pin is a
// pre-release or req.AllowPrereleases is set, a final release. krait never
// downgrades: releases at or below Current are not candidates. When none
// qualifies the error is a *NoFixError naming what blocks the releases
// that would fix the advisories.
func Choose(req Request) (Choice, error) {
	rels := append([]Release(nil), req.Releases...)
	sort.SliceStable(rels, func(i, j int) bool { return pep440.Compare(rels[i].Version, rels[j].Version) < 0 })
	affected := func(v pep440.Version) []string {
		if req.Affected == nil {
			return nil
		}
		return req.Affected(v)
	}
	var python pep440.Version
	checkPython := false
	if req.Python != "" {
		if v, err := pep440.Parse(req.Python); err == nil {
			python, checkPython = v, true
		}
	}
	allowPre := req.AllowPrereleases || req.Current.IsPrerelease()
	current := affected(req.Current)

	type blocker struct{ key, msg string }
	var (
		blockers     []blocker
		seen         = map[string]bool{}
		lastAffected pep440.Version
		lastIDs      []string
		anyNewer     bool
		preOnly      []string
	)
	add := func(key, msg string) {
		if !seen[key] {
			seen[key] = true
			blockers = append(blockers, blocker{key, msg})
		}
	}
	for _, r := range rels {
		v := r.Version
		if v.IsLegacy() || pep440.Compare(v, req.Current) <= 0 {
			continue
		}
		anyNewer = true
		if ids := affected(v); len(ids) > 0 {
			lastAffected, lastIDs = v, ids
			continue
		}
		if v.IsPrerelease() && !allowPre {
			if len(preOnly) < 3 {
				preOnly = append(preOnly, v.String())
			}
			continue
		}
		ok := true
		if r.Yanked {
			ok = false
			msg := fmt.Sprintf("the fixed %s is yanked", v)
			if r.YankedReason != "" {
				msg += " (" + r.YankedReason + ")"
			}
			add("yanked "+v.String(), msg)
		}
		for _, c := range req.Constraints {
			if !c.Specifiers.Contains(v, allowPre) {
				ok = false
				msg := fmt.Sprintf("%s%s", req.Package, c.Specifiers)
				if c.Origin != "" {
					msg += " (from " + c.Origin + ")"
				}
				add("constraint "+c.Origin+" "+c.Specifiers.String(), msg+" excludes the fixed "+v.String())
			}
		}
		if checkPython && r.RequiresPython != "" {
			if set, err := pep440.ParseSpecifierSet(r.RequiresPython); err == nil && !set.Contains(python, true) {
				ok = false
				add("python "+set.String(), fmt.Sprintf("%s requires Python %s but the project targets %s", v, r.RequiresPython, req.Python))
			}
		}
		if ok {
			return Choice{Release: r, Fixed: fixedIDs(current, nil)}, nil
		}
	}
	e := &NoFixError{Package: req.Package}
	switch {
	case !anyNewer:
		e.Reasons = append(e.Reasons, fmt.Sprintf("no release newer than %s is known", req.Current))
	case len(blockers) == 0 && len(preOnly) == 0:
		ids := append([]string(nil), lastIDs...)
		sort.Strings(ids)
		e.Reasons = append(e.Reasons, fmt.Sprintf("every release up to %s is affected by %s", lastAffected, strings.Join(ids, ", ")))
	}
	for i, b := range blockers {
		if i == maxReasons {
			e.Reasons = append(e.Reasons, fmt.Sprintf("and %d more", len(blockers)-maxReasons))
			break
		}
		e.Reasons = append(e.Reasons, b.msg)
	}
	if len(preOnly) > 0 {
		e.Reasons = append(e.Reasons, fmt.Sprintf("only pre-releases are unaffected (%s) and the pin %s is a final release", strings.Join(preOnly, ", "), req.Current))
	}
	return Choice{}, e
}

// fixedIDs returns the sorted IDs in before that are not in after.
func fixedIDs(before, after []string) []string {
	in := map[string]bool{}
	for _, id := range after {
		in[id] = true
	}
	var out []string
	for _, id := range before {
		if !in[id] {
			out = append(out, id)
			in[id] = true
		}
	}
	sort.Strings(out)
	return out
}
