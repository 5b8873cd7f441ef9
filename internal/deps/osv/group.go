package osv

import (
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// DetailsURL returns the osv.dev page of an advisory id.
func DetailsURL(id string) string {
	return "https://osv.dev/vulnerability/" + url.PathEscape(id)
}

// EntryRef names one affected entry of one record.
type EntryRef struct {
	ID    string // the record's id
	Index int    // position in the record's affected list
}

// Match is one vulnerability affecting one version of one PyPI package: a
// group of advisories that are the same vulnerability under different ids.
// It carries what a dependency finding needs.
type Match struct {
	Package       string    // PEP 503 normalised package name
	Version       string    // the affected version, normalised
	ID            string    // the primary id (see Group)
	IDs           []string  // ids of every record of the group, primary first
	Aliases       []string  // other identifiers the records name (CVE ids and the like), sorted
	Summary       string    // the first summary in IDs order, else the first line of the details
	URL           string    // DetailsURL(ID)
	Rating        Rating    // the highest rating of the group's records
	FixedVersions []string  // union of the records' fixed versions, PEP 440 order, normalised
	Fix           string    // smallest fixed version above Version that no record of the group affects; "" when none
	Modified      time.Time // latest modification time of the group's records
	Entries       []EntryRef
}

// idRank orders ids when choosing a group's primary id: the PyPA advisory
// database (PYSEC, the PyPI ecosystem's home database) first, then GitHub's
// (GHSA, which usually carries CVSS vectors), then CVE, then anything else.
func idRank(id string) int {
	switch {
	case strings.HasPrefix(id, "PYSEC-"):
		return 0
	case strings.HasPrefix(id, "GHSA-"):
		return 1
	case strings.HasPrefix(id, "CVE-"):
		return 2
	}
	return 3
}

func compareIDs(a, b string) int {
	if ra, rb := idRank(a), idRank(b); ra != rb {
		return ra - rb
	}
	return strings.Compare(a, b)
}

// Group matches advisories against one version of the PyPI package name and
// returns one Match per vulnerability. Advisories that do not affect the
// version, and withdrawn ones, are left out, so callers may pass every
// advisory they hold for the package. Records that share an identifier (one
// record's id or alias is another's id or alias), transitively, form one
// group. The group's primary id is the first of its records' ids ordered by
// database (PYSEC, GHSA, CVE, then others) and then as strings; matches are
// sorted by primary id in the same order.
func Group(name string, version pep440.Version, vulns []*Vulnerability) []Match {
	var hits []hit
	for _, v := range vulns {
		a := Compile(v)
		if i, ok := a.Affects(name, version); ok {
			hits = append(hits, hit{a, i})
		}
	}
	return group(pep503.Normalize(name), version, hits)
}

type hit struct {
	adv   *Advisory
	entry int
}

func group(name string, version pep440.Version, hits []hit) []Match {
	// Union-find over the hits, joined by shared identifiers.
	parent := make([]int, len(hits))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	owner := map[string]int{}
	for i, h := range hits {
		for _, id := range identifiers(h.adv.Vuln) {
			if j, ok := owner[id]; ok {
				if ri, rj := find(i), find(j); ri != rj {
					parent[ri] = rj
				}
			} else {
				owner[id] = i
			}
		}
	}
	members := map[int][]hit{}
	var roots []int
	for i, h := range hits {
		r := find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], h)
	}
	out := make([]Match, 0, len(roots))
	for _, r := range roots {
		out = append(out, buildMatch(name, version, members[r]))
	}
	slices.SortFunc(out, func(a, b Match) int { return compareIDs(a.ID, b.ID) })
	return out
}

// identifiers returns the record's id and aliases, trimmed, without empty
// strings.
func identifiers(v *Vulnerability) []string {
	var out []string
	for _, s := range append([]string{v.ID}, v.Aliases...) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func buildMatch(name string, version pep440.Version, hs []hit) Match {
	slices.SortFunc(hs, func(a, b hit) int { return compareIDs(a.adv.Vuln.ID, b.adv.Vuln.ID) })
	m := Match{Package: name, Version: version.String()}
	ids := map[string]bool{}
	for _, h := range hs {
		if !ids[h.adv.Vuln.ID] {
			ids[h.adv.Vuln.ID] = true
			m.IDs = append(m.IDs, h.adv.Vuln.ID)
		}
	}
	m.ID = m.IDs[0]
	m.URL = DetailsURL(m.ID)
	aliases := map[string]bool{}
	var fixed []pep440.Version
	for _, h := range hs {
		v := h.adv.Vuln
		m.Entries = append(m.Entries, EntryRef{ID: v.ID, Index: h.entry})
		for _, id := range identifiers(v) {
			if !ids[id] && !aliases[id] {
				aliases[id] = true
				m.Aliases = append(m.Aliases, id)
			}
		}
		if m.Summary == "" {
			m.Summary = strings.TrimSpace(v.Summary)
		}
		if r := h.adv.Rating(name); r.higher(m.Rating) {
			m.Rating = r
		}
		fixed = append(fixed, h.adv.FixedVersions(name)...)
		if v.Modified.After(m.Modified) {
			m.Modified = v.Modified
		}
	}
	if m.Summary == "" {
		for _, h := range hs {
			if s := firstLine(h.adv.Vuln.Details); s != "" {
				m.Summary = s
				break
			}
		}
	}
	slices.SortFunc(m.Aliases, compareIDs)
	fixed = sortVersions(fixed)
	for _, f := range fixed {
		m.FixedVersions = append(m.FixedVersions, f.String())
	}
	if f, ok := nextFixed(fixed, version, func(v pep440.Version) bool {
		for _, h := range hs {
			if _, hit := h.adv.affectsIgnoringWithdrawal(name, v); hit {
				return true
			}
		}
		return false
	}); ok {
		m.Fix = f.String()
	}
	return m
}

// firstLine returns the first non-blank line of s, cut to 200 runes.
func firstLine(s string) string {
	for line := range strings.Lines(s) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if r := []rune(line); len(r) > 200 {
			line = string(r[:200]) + "…"
		}
		return line
	}
	return ""
}
