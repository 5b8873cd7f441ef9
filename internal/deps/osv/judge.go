package osv

import (
	"slices"

	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// Verdict is JudgeRange's answer for a package known only by a specifier
// set.
type Verdict string

// The verdicts of JudgeRange.
const (
	// VerdictSafe: no allowed candidate is affected.
	VerdictSafe Verdict = "safe"
	// VerdictFloor: some allowed candidates are affected, and every allowed
	// candidate from Judgement.Floor upwards is not; raising the lower
	// bound to Floor excludes the affected ones.
	VerdictFloor Verdict = "floor"
	// VerdictPartial: some but not all allowed candidates are affected, and
	// so is the highest one, so no floor helps (the set needs an upper
	// bound or an exclusion, or no fix is released yet).
	VerdictPartial Verdict = "partial"
	// VerdictVulnerable: every allowed candidate is affected.
	VerdictVulnerable Verdict = "vulnerable"
	// VerdictUnknown: the set allows none of the candidates, so nothing can
	// be said without a release list.
	VerdictUnknown Verdict = "unknown"
)

// Judgement is the result of JudgeRange.
type Judgement struct {
	Verdict    Verdict
	Floor      string   // for VerdictFloor: the lowest safe allowed candidate above every affected one
	Candidates []string // the allowed candidates, ascending, normalised
	Affected   []string // the allowed candidates that are affected, ascending
	IDs        []string // ids of the records affecting at least one allowed candidate (PYSEC, GHSA, CVE, others; then as strings)
}

// JudgeRange judges a PyPI package that is known only by a specifier set
// (such as "flask>=2.0" or "django~=3.2" in a manifest without a lock). The
// candidate versions are those the caller and the advisories know: every
// version named by a usable event (except introduced "0" and "*" limits) or
// versions list of the non-withdrawn advisories naming the package, every
// version in releases, and every version written in the set itself (the
// "2.0" of ">=2.0", so the lowest version the set allows is a candidate
// even when no advisory names it). Versions equal under PEP 440 count once;
// legacy versions never satisfy a set and drop out. A candidate is allowed
// when set.Contains(v, false) holds: pre-releases are excluded unless the
// set mentions one. The verdict is then VerdictUnknown when no candidate is
// allowed, VerdictSafe when no allowed candidate is affected,
// VerdictVulnerable when all are, VerdictFloor when every allowed candidate
// from some candidate F upwards is unaffected (Floor is the lowest such F),
// and VerdictPartial otherwise (the highest allowed candidate is affected).
//
// The answer is as good as the candidate list: affectedness only changes at
// the versions the advisories name, so the candidates cover every boundary,
// but without releases a set like "!=1.0" may allow no candidate at all, and
// an unfixed range makes "the newest release" affected only if it is passed.
func JudgeRange(vulns []*Vulnerability, name string, set pep440.SpecifierSet, releases []pep440.Version) Judgement {
	var advs []*Advisory
	name = pep503.Normalize(name)
	for _, v := range vulns {
		a := Compile(v)
		if slices.Contains(a.Packages(), name) {
			advs = append(advs, a)
		}
	}
	return judge(advs, name, set, releases)
}

// JudgeRange is the package-level JudgeRange over the advisories of the
// index that name the package.
func (ix *Index) JudgeRange(name string, set pep440.SpecifierSet, releases []pep440.Version) Judgement {
	name = pep503.Normalize(name)
	return judge(ix.byName[name], name, set, releases)
}

func judge(advs []*Advisory, name string, set pep440.SpecifierSet, releases []pep440.Version) Judgement {
	var all []pep440.Version
	for _, a := range advs {
		if !a.Withdrawn() {
			all = append(all, a.eventVersions(name)...)
		}
	}
	all = append(all, releases...)
	for _, sp := range set {
		if sp.Op != pep440.OpArbitrary {
			all = append(all, sp.Version())
		}
	}
	var cands []pep440.Version
	for _, v := range sortVersions(all) {
		if !v.IsLegacy() && set.Contains(v, false) {
			cands = append(cands, v)
		}
	}
	var j Judgement
	if len(cands) == 0 {
		j.Verdict = VerdictUnknown
		return j
	}
	ids := map[string]bool{}
	lastAffected := -1
	for i, c := range cands {
		j.Candidates = append(j.Candidates, c.String())
		hit := false
		for _, a := range advs {
			if _, ok := a.Affects(name, c); ok {
				hit = true
				ids[a.Vuln.ID] = true
			}
		}
		if hit {
			j.Affected = append(j.Affected, c.String())
			lastAffected = i
		}
	}
	for id := range ids {
		j.IDs = append(j.IDs, id)
	}
	slices.SortFunc(j.IDs, compareIDs)
	switch {
	case len(j.Affected) == 0:
		j.Verdict = VerdictSafe
	case len(j.Affected) == len(cands):
		j.Verdict = VerdictVulnerable
	case lastAffected == len(cands)-1:
		j.Verdict = VerdictPartial
	default:
		j.Verdict = VerdictFloor
		j.Floor = cands[lastAffected+1].String()
	}
	return j
}
