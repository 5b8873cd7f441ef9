package typosquat

import (
	"sort"
	"strings"

	"github.com/krait-dev/krait/internal/deps/pep503"
	"github.com/krait-dev/krait/internal/finding"
)

// Options tune an Index. The zero value gives the defaults.
type Options struct {
	// TrustedRank: a candidate that is itself in the list at this rank or
	// better is never reported. 0 trusts every listed name; a negative
	// value trusts none (for measurements).
	TrustedRank int
	// RankRatio: a listed candidate ranked worse than TrustedRank is only
	// compared with targets whose rank is at least RankRatio times better
	// (default 10), so neighbours of similar popularity never alarm each
	// other.
	RankRatio int
	// MinScore drops matches scoring below it (default 0.3).
	MinScore float64
	// Dist2MinLen is the shortest target (normalised length) that edit
	// distance 2 applies to (default 9). Distance 1 applies from length 5,
	// swapped and doubled letters from 4; shorter names only match by
	// homoglyph or affix.
	Dist2MinLen int
	// Dist2MaxRank limits edit distance 2 to targets ranked this well or
	// better (default 5000): it keeps the index small and distance 2
	// against the long tail mostly finds unrelated names.
	Dist2MaxRank int
	// AllCombinations also reports a popular name joined with any word
	// (django-foo), not only filler words and numbers, at a very low
	// score (0.15 before popularity); with the default MinScore they are
	// dropped.
	AllCombinations bool
	// CombinationMaxRank limits combination matches to targets ranked this
	// well or better (default 1000).
	CombinationMaxRank int
}

func (o Options) withDefaults() Options {
	if o.RankRatio <= 0 {
		o.RankRatio = 10
	}
	if o.MinScore == 0 {
		o.MinScore = 0.3
	}
	if o.Dist2MinLen <= 0 {
		o.Dist2MinLen = 9
	}
	if o.Dist2MaxRank <= 0 {
		o.Dist2MaxRank = 5000
	}
	if o.CombinationMaxRank <= 0 {
		o.CombinationMaxRank = 1000
	}
	return o
}

// Match says that a candidate name imitates a popular project.
type Match struct {
	// Candidate is the name checked, as written.
	Candidate string `json:"candidate"`
	// Target is the normalised name of the popular project imitated.
	Target string `json:"target"`
	// TargetRank is the target's 1-based popularity rank.
	TargetRank int `json:"target_rank"`
	// TargetDownloads is the target's download count from the list (0 when
	// the list has none).
	TargetDownloads int64 `json:"target_downloads,omitempty"`
	// Technique is the trick used.
	Technique Technique `json:"technique"`
	// Distance is the edit distance (optimal string alignment) between the
	// normalised names.
	Distance int `json:"distance"`
	// Score in [0,1] orders matches by how likely the name is a squat.
	Score float64 `json:"score"`
	// Severity is Low or Medium offline; Gate may raise it to High.
	Severity finding.Severity `json:"severity"`
	// Reason explains a severity change made by Gate.
	Reason string `json:"reason,omitempty"`
}

// idBits is how many low bits of a deletion key carry the target index.
const idBits = 20

// maxTargets is the most targets an index holds (the rest are ignored).
const maxTargets = 1 << idBits

// maxNameLen bounds the names that get an edit-distance search; PyPI names
// are far shorter, and a hostile manifest must not make a query quadratic.
const maxNameLen = 100

// Index answers "which popular project does this name imitate?". It is
// immutable after NewIndex and safe for concurrent use.
type Index struct {
	opts      Options
	names     []string
	downloads []int64
	exact     map[string]int32
	nosep     map[string][]int32
	tokens    map[string][]int32
	skel      map[string][]int32
	core      map[string][]int32
	// deletes holds hash(deletion)<<idBits|id, sorted: the symmetric
	// deletion neighbourhood (1 deletion, 2 for long names) of every
	// target.
	deletes []uint64
	// starts[b] is where bucket b of deletes begins (see bucketKeys).
	starts     []uint32
	bucketBits uint
}

// NewIndex builds an index over a popularity list.
func NewIndex(list *List, opts Options) *Index {
	ix := &Index{opts: opts.withDefaults()}
	var pkgs []Package
	if list != nil {
		pkgs = list.Packages
	}
	if len(pkgs) > maxTargets {
		pkgs = pkgs[:maxTargets]
	}
	n := len(pkgs)
	ix.names = make([]string, n)
	ix.downloads = make([]int64, n)
	ix.exact = make(map[string]int32, n)
	ix.nosep = make(map[string][]int32, n)
	ix.tokens = make(map[string][]int32)
	ix.skel = make(map[string][]int32, n)
	ix.core = make(map[string][]int32, 2*n)
	dels := make([]uint64, 0, 32*n)
	var h delHasher
	for i, p := range pkgs {
		id := int32(i)
		name := pep503.Normalize(p.Name)
		ix.names[i] = name
		ix.downloads[i] = p.Downloads
		if _, dup := ix.exact[name]; !dup {
			ix.exact[name] = id
		}
		ix.nosep[stripSeps(name)] = append(ix.nosep[stripSeps(name)], id)
		if t := sortedTokens(name); t != "" {
			ix.tokens[t] = append(ix.tokens[t], id)
		}
		sk := skeleton(name)
		ix.skel[sk] = append(ix.skel[sk], id)
		for _, c := range cores(name) {
			ix.core[c] = append(ix.core[c], id)
		}
		if len(name) >= 4 && len(name) <= maxNameLen {
			depth := 1
			if len(name) >= ix.opts.Dist2MinLen && i < ix.opts.Dist2MaxRank {
				depth = 2
			}
			dels = appendDeletes(dels, &h, name, depth, uint64(id))
		}
	}
	ix.bucketKeys(dels)
	return ix
}

// bucketKeys groups the deletion keys by their top bits (a counting sort,
// linear time) so a lookup scans one small bucket.
func (ix *Index) bucketKeys(keys []uint64) {
	bits := uint(4)
	for 1<<(bits+2) < len(keys) && bits < 22 {
		bits++
	}
	ix.bucketBits = bits
	starts := make([]uint32, 1<<bits+1)
	for _, k := range keys {
		starts[k>>(64-bits)+1]++
	}
	for i := 1; i < len(starts); i++ {
		starts[i] += starts[i-1]
	}
	out := make([]uint64, len(keys))
	next := make([]uint32, 1<<bits)
	copy(next, starts)
	for _, k := range keys {
		b := k >> (64 - bits)
		out[next[b]] = k
		next[b]++
	}
	ix.deletes = out
	ix.starts = starts
}

// Len returns the number of targets in the index.
func (ix *Index) Len() int { return len(ix.names) }

// Rank returns the 1-based rank of a listed name (any spelling), or 0.
func (ix *Index) Rank(name string) int {
	if id, ok := ix.exact[pep503.Normalize(name)]; ok {
		return int(id) + 1
	}
	return 0
}

// hashBase is the multiplier of the polynomial hash over name bytes.
const hashBase = 0x100000001b3

// delHasher hashes a name with up to two bytes deleted in constant time
// per deletion, from prefix hashes of the name (at most maxNameLen bytes).
type delHasher struct {
	n   int
	pre [maxNameLen + 1]uint64 // pre[k] hashes s[:k]
	pow [maxNameLen + 1]uint64 // pow[k] = hashBase^k
}

func (h *delHasher) reset(s string) {
	h.n = len(s)
	h.pow[0] = 1
	for k := 0; k < len(s); k++ {
		h.pre[k+1] = h.pre[k]*hashBase + uint64(s[k])
		h.pow[k+1] = h.pow[k] * hashBase
	}
}

// seg hashes s[a:b].
func (h *delHasher) seg(a, b int) uint64 { return h.pre[b] - h.pre[a]*h.pow[b-a] }

// del hashes s without the bytes at i and j (i < j; -1 for none).
func (h *delHasher) del(i, j int) uint64 {
	var v uint64
	n := h.n
	switch {
	case i < 0:
		v = h.pre[n]
	case j < 0:
		v = h.seg(0, i)*h.pow[n-i-1] + h.seg(i+1, n)
		n--
	default:
		v = (h.seg(0, i)*h.pow[j-i-1]+h.seg(i+1, j))*h.pow[n-j-1] + h.seg(j+1, n)
		n -= 2
	}
	return mix(v ^ uint64(n)<<56)
}

// mix is the splitmix64 finaliser: it spreads the polynomial hash over
// all bits, since buckets use the top ones.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// appendDeletes appends key(hash, id) for s and every string made by
// deleting up to depth bytes of s.
func appendDeletes(dst []uint64, h *delHasher, s string, depth int, id uint64) []uint64 {
	h.reset(s)
	key := func(v uint64) uint64 { return v<<idBits | id }
	dst = append(dst, key(h.del(-1, -1)))
	for i := 0; i < len(s); i++ {
		dst = append(dst, key(h.del(i, -1)))
		if depth >= 2 {
			for j := i + 1; j < len(s); j++ {
				dst = append(dst, key(h.del(i, j)))
			}
		}
	}
	return dst
}

// lookup calls f with every target id whose deletion neighbourhood holds h
// (and, rarely, ids of hash collisions, which the caller verifies).
func (ix *Index) lookup(h uint64, f func(id int32)) {
	if len(ix.starts) == 0 {
		return
	}
	key := h << idBits
	b := key >> (64 - ix.bucketBits)
	for _, k := range ix.deletes[ix.starts[b]:ix.starts[b+1]] {
		if k>>idBits == key>>idBits {
			f(int32(k & (1<<idBits - 1)))
		}
	}
}

// Check reports which popular projects name imitates, best match first;
// nil when it imitates none, or when name is itself a trusted popular
// project (see Options.TrustedRank). Any string is accepted.
func (ix *Index) Check(name string) []Match {
	if len(name) == 0 || len(name) > 4*maxNameLen {
		return nil
	}
	n := pep503.Normalize(name)
	limit := len(ix.names) // targets with id < limit are considered
	if id, ok := ix.exact[n]; ok {
		rank := int(id) + 1
		if ix.opts.TrustedRank == 0 || rank <= ix.opts.TrustedRank {
			return nil
		}
		limit = rank / ix.opts.RankRatio
		if limit == 0 {
			return nil
		}
	}
	q := query{ix: ix, raw: name, n: n, limit: int32(limit), found: map[int32]Match{}}
	q.run()
	out := make([]Match, 0, len(q.found))
	for _, m := range q.found {
		if m.Score >= ix.opts.MinScore {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].TargetRank < out[j].TargetRank
	})
	if len(out) == 0 {
		return nil
	}
	return out
}

// Best returns the best match for name, if any.
func (ix *Index) Best(name string) (Match, bool) {
	ms := ix.Check(name)
	if len(ms) == 0 {
		return Match{}, false
	}
	return ms[0], true
}

type query struct {
	ix    *Index
	raw   string
	n     string
	limit int32
	found map[int32]Match
}

func (q *query) run() {
	ix := q.ix
	if sk := skeleton(q.raw); sk != "" {
		for _, id := range ix.skel[sk] {
			q.add(id, Homoglyph)
		}
	}
	for _, id := range ix.nosep[stripSeps(q.n)] {
		q.add(id, Separator)
	}
	if t := sortedTokens(q.n); t != "" {
		for _, id := range ix.tokens[t] {
			q.add(id, TokenOrder)
		}
	}
	for _, c := range cores(q.n) {
		for _, id := range ix.core[c] {
			q.add(id, Affix)
		}
	}
	q.combinations()
	if len(q.n) >= 3 && len(q.n) <= maxNameLen {
		seen := map[int32]bool{}
		visit := func(id int32) {
			if seen[id] {
				return
			}
			seen[id] = true
			q.addEdit(id)
		}
		s := q.n
		var h delHasher
		h.reset(s)
		ix.lookup(h.del(-1, -1), visit)
		for i := 0; i < len(s); i++ {
			ix.lookup(h.del(i, -1), visit)
			if len(s)+2 >= ix.opts.Dist2MinLen {
				for j := i + 1; j < len(s); j++ {
					ix.lookup(h.del(i, j), visit)
				}
			}
		}
	}
}

// combinations finds popular names joined with filler words or numbers:
// the name's leading or trailing words form a target and the rest are
// filler.
func (q *query) combinations() {
	toks := strings.Split(q.n, "-")
	for k := 1; k < len(toks); k++ {
		head, tail := strings.Join(toks[:k], "-"), toks[k:]
		q.combo(head, tail)
		head, rest := strings.Join(toks[len(toks)-k:], "-"), toks[:len(toks)-k]
		q.combo(head, rest)
	}
}

func (q *query) combo(target string, extra []string) {
	id, ok := q.ix.exact[target]
	if !ok || int(id)+1 > q.ix.opts.CombinationMaxRank || len(target) < minCore {
		return
	}
	filler := true
	for _, w := range extra {
		if !isFiller(w) {
			filler = false
		}
	}
	if !filler && !q.ix.opts.AllCombinations {
		return
	}
	m, ok := q.match(id, Combination)
	if !ok {
		return
	}
	if !filler {
		m.Score = 0.15 * popularity(m.TargetRank)
		m.Severity = severityFor(m.Score)
	}
	q.keep(id, m)
}

// add records a match of the given technique unless it names the
// candidate itself or a target outside the rank limit.
func (q *query) add(id int32, t Technique) {
	if m, ok := q.match(id, t); ok {
		q.keep(id, m)
	}
}

func (q *query) match(id int32, t Technique) (Match, bool) {
	if id >= q.limit {
		return Match{}, false
	}
	target := q.ix.names[id]
	if target == q.n {
		// The same project: a case or separator variant (PEP 503).
		return Match{}, false
	}
	d := osa(q.n, target, 3)
	m := Match{
		Candidate:       q.raw,
		Target:          target,
		TargetRank:      int(id) + 1,
		TargetDownloads: q.ix.downloads[id],
		Technique:       t,
		Distance:        d,
	}
	m.Score = baseScore(t, d) * popularity(m.TargetRank)
	switch t {
	case Transposition, RepeatedLetter, OmittedLetter, InsertedLetter, KeyboardAdjacent, EditDistance:
		m.Score *= lengthFactor(len(target))
	}
	m.Severity = severityFor(m.Score)
	return m, true
}

func (q *query) keep(id int32, m Match) {
	if old, ok := q.found[id]; ok && old.Score >= m.Score {
		return
	}
	q.found[id] = m
}

// addEdit verifies an edit-distance candidate and classifies the edit.
func (q *query) addEdit(id int32) {
	if id >= q.limit {
		return
	}
	target := q.ix.names[id]
	// Scale by the length of what differs: the whole name, or the one
	// word that differs when the other words agree, so family siblings
	// (mypy-boto3-rds/sqs, python-ldap/nmap) do not match.
	span := len(target)
	if _, w, ok := differingWord(q.n, target); ok {
		span = len(w)
	}
	max := 0
	switch {
	case span >= q.ix.opts.Dist2MinLen:
		max = 2
	case span >= 4:
		max = 1
	}
	d := osa(q.n, target, max)
	if d == 0 || d > max {
		return
	}
	t := classify(q.n, target, d)
	if t == "" {
		return
	}
	if span == 4 && t != Transposition && t != RepeatedLetter {
		return
	}
	q.add(id, t)
}

// differingWord returns the one word in which two names with the same
// number of words (two or more) differ.
func differingWord(a, b string) (string, string, bool) {
	if strings.Count(a, "-") != strings.Count(b, "-") || !strings.Contains(a, "-") {
		return "", "", false
	}
	wa, wb := strings.Split(a, "-"), strings.Split(b, "-")
	k := -1
	for i := range wa {
		if wa[i] != wb[i] {
			if k >= 0 {
				return "", "", false
			}
			k = i
		}
	}
	if k < 0 {
		return "", "", false
	}
	return wa[k], wb[k], true
}

// classify names the single edit between candidate c and target t, or
// EditDistance for two edits. It returns "" for edits that only move
// separators (reported as Separator) or only change digits of a version
// number-like suffix.
func classify(c, t string, d int) Technique {
	if stripSeps(c) == stripSeps(t) {
		return Separator
	}
	if d != 1 {
		return EditDistance
	}
	i := 0
	for i < len(c) && i < len(t) && c[i] == t[i] {
		i++
	}
	switch {
	case len(c) == len(t):
		if i+1 < len(c) && c[i] == t[i+1] && c[i+1] == t[i] && c[i+2:] == t[i+2:] {
			return Transposition
		}
		if isDigit(c[i]) && isDigit(t[i]) {
			return "" // boto2/boto3, pkg1/pkg2: numbered siblings
		}
		if c[i] == '-' || t[i] == '-' {
			return EditDistance
		}
		if adjacentKeys(c[i], t[i]) {
			return KeyboardAdjacent
		}
		return EditDistance
	case len(c)+1 == len(t): // a letter of t omitted
		x := t[i]
		if x == '-' {
			return Separator
		}
		if (i > 0 && t[i-1] == x) || (i+1 < len(t) && t[i+1] == x) {
			return RepeatedLetter
		}
		if isDigit(x) {
			return "" // pkg3 → pkg: reported as Affix when it applies
		}
		return OmittedLetter
	case len(c) == len(t)+1: // a letter inserted into t
		x := c[i]
		if x == '-' {
			return Separator
		}
		if (i > 0 && c[i-1] == x) || (i+1 < len(c) && c[i+1] == x) {
			return RepeatedLetter
		}
		if isDigit(x) {
			return ""
		}
		return InsertedLetter
	}
	return EditDistance
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// popularity weights a match by how popular the target is.
func popularity(rank int) float64 {
	switch {
	case rank <= 100:
		return 1
	case rank <= 1000:
		return 0.9
	case rank <= 5000:
		return 0.8
	}
	return 0.7
}

// lengthFactor discounts single edits to short names, which collide by
// chance.
func lengthFactor(n int) float64 {
	switch {
	case n >= 8:
		return 1
	case n >= 6:
		return 0.9
	}
	return 0.8
}

// severityFor maps an offline score to a severity: never above Medium
// without Gate's metadata.
func severityFor(score float64) finding.Severity {
	if score >= 0.6 {
		return finding.Medium
	}
	return finding.Low
}

// osa returns the optimal-string-alignment distance between a and b
// (Levenshtein plus adjacent transpositions), or max+1 when it exceeds max.
func osa(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	if len(a) > maxNameLen || len(b) > maxNameLen {
		return max + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	if prev[len(b)] > max {
		return max + 1
	}
	return prev[len(b)]
}
