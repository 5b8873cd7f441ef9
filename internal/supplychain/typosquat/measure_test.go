package typosquat

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/testutil"
)

func loadShared(t testing.TB) *List {
	t.Helper()
	dir := testutil.SharedDir(t)
	path := filepath.Join(dir, "pypi", "top-pypi-packages-2026-06.json")
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("popularity list missing: %v", err)
		}
		t.Skipf("popularity list missing: %v", err)
	}
	l, err := LoadTopPyPI(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// popularFalseAlarms checks every listed package with the given options
// and returns the best match of each one flagged: false alarms among
// legitimate popular projects.
func popularFalseAlarms(l *List, opts Options) []Match {
	ix := NewIndex(l, opts)
	var out []Match
	for _, p := range l.Packages {
		if ms := ix.Check(p.Name); len(ms) > 0 {
			out = append(out, ms[0])
		}
	}
	return out
}

func TestMeasurePopularFalseAlarms(t *testing.T) {
	l := loadShared(t)
	configs := []struct {
		name string
		opts Options
		max  int // regression bound on medium-severity alarms
	}{
		// The raw rules: every package against every more popular one.
		{"raw (no trust, ratio 1)", Options{TrustedRank: -1, RankRatio: 1}, 80},
		// Only targets ten times more popular, nothing trusted.
		{"no trust, ratio 10", Options{TrustedRank: -1}, 40},
		// Top 5,000 trusted, the rest against ten times more popular.
		{"trust top 5000, ratio 10", Options{TrustedRank: 5000}, 25},
		// The defaults.
		{"defaults", Options{}, 0},
	}
	for _, c := range configs {
		if testing.Short() && c.name != "defaults" {
			continue
		}
		flagged := popularFalseAlarms(l, c.opts)
		bySev := map[finding.Severity]int{}
		byTech := map[Technique]int{}
		for _, m := range flagged {
			bySev[m.Severity]++
			byTech[m.Technique]++
		}
		t.Logf("%s: %d of %d popular packages flagged (medium %d, low %d); %v",
			c.name, len(flagged), l.Len(), bySev[finding.Medium], bySev[finding.Low], byTech)
		if bySev[finding.Medium] > c.max {
			t.Errorf("%s: %d medium alarms among popular packages, want <= %d", c.name, bySev[finding.Medium], c.max)
		}
		if dump := os.Getenv("KRAIT_TYPOSQUAT_DUMP"); dump != "" {
			sort.Slice(flagged, func(i, j int) bool { return flagged[i].Score > flagged[j].Score })
			var b strings.Builder
			for _, m := range flagged {
				fmt.Fprintf(&b, "%.2f %s %s %s -> %s (#%d) d=%d\n", m.Score, m.Severity, m.Technique, m.Candidate, m.Target, m.TargetRank, m.Distance)
			}
			name := strings.NewReplacer(" ", "_", ",", "", "(", "", ")", "").Replace(c.name)
			if err := os.WriteFile(dump+"."+name, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// squat is a generated look-alike of a popular name.
type squat struct {
	name, target string
	tech         Technique
}

// generateSquats makes look-alikes of the first n listed names, one per
// technique where the technique applies to the name.
func generateSquats(l *List, n int) []squat {
	listed := map[string]bool{}
	for _, p := range l.Packages {
		listed[p.Name] = true
	}
	var out []squat
	add := func(name, target string, tech Technique) {
		if name == "" || listed[strings.ToLower(name)] {
			return
		}
		out = append(out, squat{name, target, tech})
	}
	for i, p := range l.Packages {
		if i == n {
			break
		}
		t := p.Name
		mid := len(t) / 2
		letter := func(k int) bool { return k >= 0 && k < len(t) && t[k] >= 'a' && t[k] <= 'z' }
		if letter(mid) && letter(mid+1) && t[mid] != t[mid+1] {
			add(t[:mid]+string(t[mid+1])+string(t[mid])+t[mid+2:], t, Transposition)
		}
		if letter(mid) {
			add(t[:mid+1]+t[mid:], t, RepeatedLetter)
			add(t[:mid]+t[mid+1:], t, OmittedLetter)
			add(t[:mid]+"e"+t[mid:], t, InsertedLetter)
			for _, c := range []byte("qwertyuiopasdfghjklzxcvbnm") {
				if adjacentKeys(t[mid], c) {
					add(t[:mid]+string(c)+t[mid+1:], t, KeyboardAdjacent)
					break
				}
			}
		}
		if k := strings.IndexByte(t, '-'); k >= 0 {
			add(t[:k]+t[k+1:], t, Separator)
		} else if len(t) >= 6 {
			add(t[:mid]+"-"+t[mid:], t, Separator)
		}
		add("python3-"+t, t, Affix)
		add(t+"-python", t, Affix)
		add("py"+t, t, Affix)
		switch {
		case strings.Contains(t, "l"):
			add(strings.Replace(t, "l", "I", 1), t, Homoglyph)
		case strings.Contains(t, "o"):
			add(strings.Replace(t, "o", "0", 1), t, Homoglyph)
		case strings.Contains(t, "m"):
			add(strings.Replace(t, "m", "rn", 1), t, Homoglyph)
		}
		add(t+"-extra", t, Combination)
		if len(t) >= 9 && letter(1) && letter(len(t)-2) {
			b := []byte(t)
			b[1], b[len(b)-2] = 'z', 'z'
			if b[1] != t[1] && b[len(b)-2] != t[len(t)-2] {
				add(string(b), t, EditDistance)
			}
		}
	}
	return out
}

// historical are typosquats that were published on PyPI (and removed),
// with the project each imitated; miss marks names the rules are not
// expected to tie to that project.
var historical = []struct {
	name, target string
	miss         bool
}{
	{"reqeusts", "requests", false},
	{"requesst", "requests", false},
	{"python3-dateutil", "python-dateutil", false},
	{"jeIlyfish", "jellyfish", false},
	{"urlib3", "urllib3", false},
	{"urllib", "urllib3", false},
	{"colourama", "colorama", false},
	{"colorama2", "colorama", false},
	{"setup-tools", "setuptools", false},
	{"setuptool", "setuptools", false},
	{"djanga", "django", false},
	{"diango", "django", false},
	{"beautfulsoup4", "beautifulsoup4", false},
	{"matploltib", "matplotlib", false},
	{"tenserflow", "tensorflow", false},
	{"requests-toolbelt2", "requests-toolbelt", false},
	{"selemium", "selenium", false},
	{"numpyy", "numpy", false},
	{"pandsa", "pandas", false},
	{"scikit-lean", "scikit-learn", false},
	{"boto3-extra", "boto3", false},
	{"pilllow", "pillow", false},
	{"httpxx", "httpx", false},
	{"acqusition", "acquisition", false},
	{"python-sqlite", "pysqlite", true}, // pysqlite3 is the closer popular name
	{"bzip", "bz2file", true},           // no rule ties these
	{"crypt", "crypto", true},           // bcrypt is as close
	{"pymongodb", "pymongo", true},      // two letters added to a 7-letter name
	{"openvc", "opencv-python", true},   // opencv is not itself popular
	{"pytorch-nightly", "torch", true},  // affix plus combination
}

func TestMeasureDetection(t *testing.T) {
	l := loadShared(t)
	ix := NewIndex(l, Options{})
	squats := generateSquats(l, 300)
	type tally struct{ hit, total, medium int }
	per := map[Technique]*tally{}
	var missed []string
	hits, long, longHits := 0, 0, 0
	for _, s := range squats {
		tl := per[s.tech]
		if tl == nil {
			tl = &tally{}
			per[s.tech] = tl
		}
		tl.total++
		ok := false
		for _, m := range ix.Check(s.name) {
			if m.Target == s.target {
				ok = true
				if m.Severity >= finding.Medium {
					tl.medium++
				}
				break
			}
		}
		if len(s.target) >= 5 {
			long++
			if ok {
				longHits++
			}
		}
		if ok {
			tl.hit++
			hits++
		} else {
			missed = append(missed, s.name+"→"+s.target)
		}
	}
	techs := make([]string, 0, len(per))
	for k := range per {
		techs = append(techs, string(k))
	}
	sort.Strings(techs)
	for _, k := range techs {
		tl := per[Technique(k)]
		t.Logf("%-18s %4d/%-4d detected (%5.1f%%), %d at medium", k, tl.hit, tl.total, 100*float64(tl.hit)/float64(tl.total), tl.medium)
	}
	rate := float64(hits) / float64(len(squats))
	t.Logf("generated squats of the top 300: %d/%d detected (%.1f%%); of names of 5+ characters %d/%d (%.1f%%)",
		hits, len(squats), 100*rate, longHits, long, 100*float64(longHits)/float64(long))
	if len(missed) > 0 {
		t.Logf("missed (first 40): %v", missed[:min(40, len(missed))])
	}
	if rate < 0.9 {
		t.Errorf("detection %.1f%%, want >= 90%%", 100*rate)
	}
	hist, wantHist := 0, 0
	for _, h := range historical {
		m, ok := ix.Best(h.name)
		if !h.miss {
			wantHist++
		}
		if ok && m.Target == h.target {
			hist++
			t.Logf("historical %-20s → %s (%s, %.2f %s)", h.name, m.Target, m.Technique, m.Score, m.Severity)
		} else if ok {
			t.Logf("historical %-20s → %s (%s) instead of %s", h.name, m.Target, m.Technique, h.target)
		} else {
			t.Logf("historical %-20s not flagged (imitates %s, rank %d)", h.name, h.target, ix.Rank(h.target))
		}
		if !h.miss && (!ok || m.Target != h.target) {
			t.Errorf("historical %s: want a match to %s", h.name, h.target)
		}
	}
	t.Logf("historical: %d/%d (%d expected)", hist, len(historical), wantHist)
}

// speedNames returns 500 names to check: generated squats, listed names and
// long-tail style names, in a fixed order.
func speedNames(l *List) []string {
	var names []string
	for i, s := range generateSquats(l, 200) {
		if i%10 == 0 {
			names = append(names, s.name)
		}
	}
	for i := 0; len(names) < 400; i += 37 {
		names = append(names, l.Packages[i%l.Len()].Name)
	}
	for i := 0; len(names) < 500; i++ {
		names = append(names, fmt.Sprintf("acme-internal-tool-%d", i), fmt.Sprintf("mylib%d", i))
	}
	return names[:500]
}

func TestMeasureSpeed(t *testing.T) {
	l := loadShared(t)
	start := time.Now()
	ix := NewIndex(l, Options{})
	build := time.Since(start)
	names := speedNames(l)
	start = time.Now()
	flagged := 0
	for _, n := range names {
		if len(ix.Check(n)) > 0 {
			flagged++
		}
	}
	check := time.Since(start)
	t.Logf("index of %d names built in %v (%d deletion keys); 500 names checked in %v (%d flagged)",
		ix.Len(), build.Round(time.Millisecond), len(ix.deletes), check.Round(time.Microsecond), flagged)
}

func BenchmarkNewIndex(b *testing.B) {
	l := loadShared(b)
	for b.Loop() {
		NewIndex(l, Options{})
	}
}

func BenchmarkCheck500(b *testing.B) {
	l := loadShared(b)
	ix := NewIndex(l, Options{})
	names := speedNames(l)
	for b.Loop() {
		for _, n := range names {
			ix.Check(n)
		}
	}
}

// TestMeasureLongTail checks the projects ranked 501–15,000 (legitimate,
// but not in a 500-name list) against an index of the first 500, as the
// built-in fallback list would: the offline false-alarm rate on
// legitimate long-tail names.
func TestMeasureLongTail(t *testing.T) {
	l := loadShared(t)
	top := &List{Packages: l.Packages[:500]}
	ix := NewIndex(top, Options{})
	var medium, low int
	var examples []string
	for _, p := range l.Packages[500:] {
		m, ok := ix.Best(p.Name)
		if !ok {
			continue
		}
		if m.Severity >= finding.Medium {
			medium++
			if len(examples) < 25 {
				examples = append(examples, fmt.Sprintf("%s→%s(%s)", m.Candidate, m.Target, m.Technique))
			}
		} else {
			low++
		}
	}
	n := l.Len() - 500
	t.Logf("long tail (ranks 501-%d) against the top 500: %d medium (%.2f%%), %d low (%.2f%%) of %d",
		l.Len(), medium, 100*float64(medium)/float64(n), low, 100*float64(low)/float64(n), n)
	t.Logf("medium examples: %v", examples)
}
