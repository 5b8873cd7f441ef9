package osv

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// maxVersionLen bounds the length of a version string krait accepts from an
// advisory. Real PyPI versions are far shorter; the bound keeps hostile
// records from making every comparison expensive.
const maxVersionLen = 256

// Warning is a problem found in an advisory that made part of it unusable
// (or, for legacy versions, questionable). Warnings never abort matching:
// the affected part is skipped and the rest of the record is still used.
type Warning struct {
	Source  string // where the record came from (a file or archive member), when known
	ID      string // the advisory id, when known
	Field   string // the JSON path of the offending field, e.g. "affected[0].ranges[1].events[2]"
	Message string
}

// String formats the warning as "source: id: field: message", leaving out
// the parts that are empty.
func (w Warning) String() string {
	var parts []string
	for _, s := range []string{w.Source, w.ID, w.Field, w.Message} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ": ")
}

type eventKind uint8

// The order of the kinds is the tie-break when two events name the same
// version: an introduced and a fixed event at one version describe an empty
// range, so introduced sorts first and fixed then clears it.
const (
	evIntroduced eventKind = iota
	evLastAffected
	evFixed
)

type event struct {
	kind eventKind
	zero bool // introduced "0": before every version, legacy ones included
	v    pep440.Version
}

type vrange struct {
	events   []event          // sorted by version
	pairs    []pair           // adjacent introduced/closing pairs in record order
	limits   []pep440.Version // finite limits
	hasLimit bool             // any limit event, finite or "*"
	infinite bool             // a "*" limit: no bound
}

type entry struct {
	index    int    // position in Vulnerability.Affected
	name     string // PEP 503 normalised
	versions []pep440.Version
	ranges   []vrange
	fixed    []pep440.Version // fixed events of the usable ranges
	ratings  []Rating         // ratings of the entry's own severity list
	dbRating Rating           // from the entry's database_specific.severity
}

// Advisory is a Vulnerability prepared for matching PyPI packages: the
// affected entries of the PyPI ecosystem with their versions parsed once,
// and the warnings found doing so. Build one with Compile; it is read-only
// afterwards and safe for concurrent use.
type Advisory struct {
	Vuln     *Vulnerability
	Warnings []Warning

	entries     []entry
	topRatings  []Rating
	topDBRating Rating
}

// IsPyPI reports whether an affected entry's ecosystem is PyPI. The OSV
// schema defines no ":<suffix>" variant for PyPI (unlike Maven, Packagist or
// the Linux distributions, where a suffix names another repository or
// release), and "Root:PyPI" names other packages, so only the exact string
// "PyPI" matches.
func IsPyPI(ecosystem string) bool { return ecosystem == EcosystemPyPI }

// Compile prepares v for matching. It never fails: a range whose event
// versions cannot be used, an unknown range type or an unusable entry of the
// versions list is left out and reported in Advisory.Warnings; GIT ranges
// are ignored silently (they need the repository's commit graph) without
// hiding the other ranges of the same entry. A nil v yields an advisory that
// matches nothing.
func Compile(v *Vulnerability) *Advisory {
	a := &Advisory{Vuln: v}
	if v == nil {
		return a
	}
	var ws []Warning
	warn := func(field, format string, args ...any) {
		ws = append(ws, Warning{ID: v.ID, Field: field, Message: fmt.Sprintf(format, args...)})
	}
	a.topRatings = compileRatings(v.Severity, "severity", warn)
	a.topDBRating = databaseRating(v.DatabaseSpecific)
	for i := range v.Affected {
		af := &v.Affected[i]
		if !IsPyPI(af.Package.Ecosystem) {
			continue
		}
		e := entry{index: i, name: pep503.Normalize(af.Package.Name)}
		path := fmt.Sprintf("affected[%d]", i)
		for j, s := range af.Versions {
			// Legacy versions in the list need no warning: they are
			// compared for equality only.
			ver, _, err := parseAdvisoryVersion(s)
			if err != nil {
				warn(fmt.Sprintf("%s.versions[%d]", path, j), "skipped: %v", err)
				continue
			}
			e.versions = append(e.versions, ver)
		}
		for j := range af.Ranges {
			r, ok := compileRange(&af.Ranges[j], i, j, warn)
			if !ok {
				continue
			}
			e.ranges = append(e.ranges, r)
			for _, ev := range r.events {
				if ev.kind == evFixed {
					e.fixed = append(e.fixed, ev.v)
				}
			}
		}
		e.ratings = compileRatings(af.Severity, path+".severity", warn)
		e.dbRating = databaseRating(af.DatabaseSpecific)
		a.entries = append(a.entries, e)
	}
	a.Warnings = ws
	return a
}

// compileRange parses the events of one range. It reports false for ranges
// that take no part in matching: GIT ranges, unknown types (with a warning)
// and ranges with an unusable event version (with a warning).
func compileRange(r *Range, affected, index int, warn func(field, format string, args ...any)) (vrange, bool) {
	// Field paths are only formatted when there is something to say.
	path := func() string { return fmt.Sprintf("affected[%d].ranges[%d]", affected, index) }
	eventPath := func(k int) string { return fmt.Sprintf("affected[%d].ranges[%d].events[%d]", affected, index, k) }
	switch r.Type {
	case RangeEcosystem, RangeSemver:
	case RangeGit:
		return vrange{}, false
	default:
		warn(path(), "range type %q is not supported; range skipped", r.Type)
		return vrange{}, false
	}
	var out vrange
	introduced := false
	for k, ev := range r.Events {
		var kind eventKind
		var s string
		switch {
		case ev.Introduced != "":
			kind, s = evIntroduced, ev.Introduced
			introduced = true
			if s == "0" {
				out.events = append(out.events, event{kind: evIntroduced, zero: true})
				continue
			}
		case ev.Fixed != "":
			kind, s = evFixed, ev.Fixed
		case ev.LastAffected != "":
			kind, s = evLastAffected, ev.LastAffected
		case ev.Limit != "":
			out.hasLimit = true
			if strings.Contains(ev.Limit, "*") {
				out.infinite = true
				continue
			}
			lv, legacy, err := parseAdvisoryVersion(ev.Limit)
			if err != nil {
				warn(eventPath(k), "range skipped: limit: %v", err)
				return vrange{}, false
			}
			if legacy {
				warn(eventPath(k), "limit %q is not a PEP 440 version; compared as a legacy version", ev.Limit)
			}
			out.limits = append(out.limits, lv)
			continue
		default:
			warn(eventPath(k), "range skipped: event sets none of introduced, fixed, last_affected, limit")
			return vrange{}, false
		}
		ver, legacy, err := parseAdvisoryVersion(s)
		if err != nil {
			warn(eventPath(k), "range skipped: %v", err)
			return vrange{}, false
		}
		if legacy {
			warn(eventPath(k), "%q is not a PEP 440 version; compared as a legacy version", s)
		}
		out.events = append(out.events, event{kind: kind, v: ver})
	}
	if !introduced {
		warn(path(), "range skipped: it has no introduced event")
		return vrange{}, false
	}
	out.pairs = recordPairs(out.events)
	slices.SortStableFunc(out.events, compareEvents)
	return out, true
}

// pair is an interval written as an introduced event directly followed (in
// record order, limits aside) by a fixed or last_affected event.
type pair struct {
	lo, hi event
}

// recordPairs returns the non-empty intervals the record writes as adjacent
// introduced/closing events. They matter only for ranges whose intervals
// overlap (as in PYSEC-2021-114: introduced 2.11, fixed 2.11.7, introduced
// 0, fixed 2.11.6), where the schema's walk over the sorted events loses
// part of an interval; for well-formed ranges they add nothing.
func recordPairs(events []event) []pair {
	var out []pair
	var open *event
	for i := range events {
		e := &events[i]
		if e.kind == evIntroduced {
			open = e
			continue
		}
		if open != nil && (open.zero || pep440.Compare(open.v, e.v) < 0 || (e.kind == evLastAffected && pep440.Equal(open.v, e.v))) {
			out = append(out, pair{*open, *e})
		}
		open = nil
	}
	return out
}

func (p *pair) contains(v pep440.Version) bool {
	if !p.lo.zero && pep440.Compare(v, p.lo.v) < 0 {
		return false
	}
	c := pep440.Compare(v, p.hi.v)
	return c < 0 || (c == 0 && p.hi.kind == evLastAffected)
}

func compareEvents(a, b event) int {
	switch {
	case a.zero && b.zero:
		return 0
	case a.zero:
		return -1
	case b.zero:
		return 1
	}
	if c := pep440.Compare(a.v, b.v); c != 0 {
		return c
	}
	return int(a.kind) - int(b.kind)
}

// parseAdvisoryVersion parses a version string of an advisory (an event or
// an entry of the versions list). PEP 440 versions are parsed strictly;
// anything else is accepted as a legacy version (ordered like packaging's
// LegacyVersion, as osv.dev orders PyPI versions) when it looks like a
// version: at most maxVersionLen bytes, at least one digit, no whitespace,
// control characters or "*". Other strings are errors.
func parseAdvisoryVersion(s string) (ver pep440.Version, legacy bool, err error) {
	if v, perr := pep440.Parse(s); perr == nil {
		return v, false, nil
	}
	switch {
	case s == "":
		return pep440.Version{}, false, fmt.Errorf("empty version")
	case len(s) > maxVersionLen:
		return pep440.Version{}, false, fmt.Errorf("version of %d bytes is too long", len(s))
	case strings.Contains(s, "*"):
		return pep440.Version{}, false, fmt.Errorf("version %q contains a wildcard", s)
	case strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) || r == unicode.ReplacementChar }) >= 0:
		return pep440.Version{}, false, fmt.Errorf("version %q contains whitespace or control characters", s)
	case strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }) < 0:
		return pep440.Version{}, false, fmt.Errorf("version %q has no digit", s)
	}
	return pep440.ParseLoose(s), true, nil
}

// contains evaluates the range as the OSV schema's IncludedInRanges does for
// one range: the version must lie before a limit (when there is any), and
// walking the events in version order, an introduced event at or below it
// makes it vulnerable, a fixed event at or below it or a last_affected
// event below it makes it safe again. In addition (see recordPairs), a
// version inside an interval the record writes as an adjacent
// introduced/closing pair is affected, so overlapping intervals in one range
// are read as their union.
func (r *vrange) contains(v pep440.Version) bool {
	if r.hasLimit && !r.infinite {
		before := false
		for _, l := range r.limits {
			if pep440.Compare(v, l) < 0 {
				before = true
				break
			}
		}
		if !before {
			return false
		}
	}
	vulnerable := false
	for i := range r.events {
		e := &r.events[i]
		switch e.kind {
		case evIntroduced:
			if e.zero || pep440.Compare(v, e.v) >= 0 {
				vulnerable = true
			}
		case evFixed:
			if pep440.Compare(v, e.v) >= 0 {
				vulnerable = false
			}
		case evLastAffected:
			if pep440.Compare(v, e.v) > 0 {
				vulnerable = false
			}
		}
	}
	if vulnerable {
		return true
	}
	for i := range r.pairs {
		if r.pairs[i].contains(v) {
			return true
		}
	}
	return false
}

// affects reports whether the entry lists v in its versions or covers it by
// one of its usable ranges.
func (e *entry) affects(v pep440.Version) bool {
	for _, lv := range e.versions {
		if pep440.Equal(v, lv) {
			return true
		}
	}
	for i := range e.ranges {
		if e.ranges[i].contains(v) {
			return true
		}
	}
	return false
}

// Packages returns the PEP 503 normalised names of the PyPI packages the
// advisory names, sorted and without duplicates.
func (a *Advisory) Packages() []string {
	var names []string
	for i := range a.entries {
		names = append(names, a.entries[i].name)
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// Withdrawn reports whether the advisory has been withdrawn.
func (a *Advisory) Withdrawn() bool { return a.Vuln != nil && a.Vuln.Withdrawn != nil }

// affectsIgnoringWithdrawal is Affects for withdrawn advisories too.
func (a *Advisory) affectsIgnoringWithdrawal(name string, version pep440.Version) (int, bool) {
	name = pep503.Normalize(name)
	for i := range a.entries {
		e := &a.entries[i]
		if e.name == name && e.affects(version) {
			return e.index, true
		}
	}
	return -1, false
}

// Affects reports whether version of the PyPI package name is affected, and
// if so the index in Vuln.Affected of the first entry that matched (-1
// otherwise). Names are compared after PEP 503 normalisation; withdrawn
// advisories never match.
func (a *Advisory) Affects(name string, version pep440.Version) (entry int, ok bool) {
	if a.Withdrawn() {
		return -1, false
	}
	return a.affectsIgnoringWithdrawal(name, version)
}

// FixedVersions returns the versions named by fixed events of the usable
// ranges of the advisory's entries for the PyPI package name, sorted in
// PEP 440 order, with versions that are equal under PEP 440 ("1.0" and
// "1.0.0") kept once.
func (a *Advisory) FixedVersions(name string) []pep440.Version {
	name = pep503.Normalize(name)
	var out []pep440.Version
	for i := range a.entries {
		if a.entries[i].name == name {
			out = append(out, a.entries[i].fixed...)
		}
	}
	return sortVersions(out)
}

// NextFixed returns the smallest fixed version of the package above version
// that the advisory itself does not affect (a fixed version that lies inside
// another affected range is skipped), and false when there is none.
func (a *Advisory) NextFixed(name string, version pep440.Version) (pep440.Version, bool) {
	return nextFixed(a.FixedVersions(name), version, func(v pep440.Version) bool {
		_, hit := a.affectsIgnoringWithdrawal(name, v)
		return hit
	})
}

func nextFixed(fixed []pep440.Version, version pep440.Version, affected func(pep440.Version) bool) (pep440.Version, bool) {
	for _, f := range fixed {
		if pep440.Compare(f, version) > 0 && !affected(f) {
			return f, true
		}
	}
	return pep440.Version{}, false
}

// eventVersions returns every version named by the usable ranges (events
// other than introduced "0" and "*" limits) and versions lists of the
// advisory's entries for name.
func (a *Advisory) eventVersions(name string) []pep440.Version {
	var out []pep440.Version
	for i := range a.entries {
		e := &a.entries[i]
		if e.name != name {
			continue
		}
		out = append(out, e.versions...)
		for j := range e.ranges {
			for _, ev := range e.ranges[j].events {
				if !ev.zero {
					out = append(out, ev.v)
				}
			}
			out = append(out, e.ranges[j].limits...)
		}
	}
	return out
}

// sortVersions sorts vs in PEP 440 order (stably) and drops versions equal to
// their predecessor.
func sortVersions(vs []pep440.Version) []pep440.Version {
	if len(vs) == 0 {
		return nil
	}
	vs = slices.Clone(vs)
	slices.SortStableFunc(vs, pep440.Compare)
	return slices.CompactFunc(vs, pep440.Equal)
}

// Affects reports whether version of the PyPI package name is affected by v
// under the OSV schema's evaluation: an affected entry of ecosystem "PyPI"
// whose package name equals name after PEP 503 normalisation and whose
// versions list holds the version (compared as PEP 440 versions, so "1.0"
// equals "1.0.0") or one of whose ECOSYSTEM or SEMVER ranges covers it
// (both ordered by PEP 440; overlapping intervals of one range count as
// their union, see the README). Withdrawn advisories never match. See
// Compile for what is skipped.
func Affects(v *Vulnerability, name string, version pep440.Version) bool {
	_, ok := Compile(v).Affects(name, version)
	return ok
}

// AffectedEntry is Affects that also returns the index in v.Affected of the
// first entry that matched (-1 when none did).
func AffectedEntry(v *Vulnerability, name string, version pep440.Version) (int, bool) {
	return Compile(v).Affects(name, version)
}

// FixedVersions returns the fixed versions v names for the PyPI package
// name; see Advisory.FixedVersions.
func FixedVersions(v *Vulnerability, name string) []pep440.Version {
	return Compile(v).FixedVersions(name)
}

// NextFixed returns the smallest fixed version of the PyPI package name
// above version that v does not affect; see Advisory.NextFixed.
func NextFixed(v *Vulnerability, name string, version pep440.Version) (pep440.Version, bool) {
	return Compile(v).NextFixed(name, version)
}
