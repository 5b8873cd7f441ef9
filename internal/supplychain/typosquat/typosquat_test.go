package typosquat

import (
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/finding"
)

// smallList is a popularity list for unit tests, most popular first.
func smallList() *List {
	return NewList([]string{
		"boto3", "urllib3", "requests", "python-dateutil", "typing-extensions",
		"setuptools", "colorama", "numpy", "six", "pip", "django", "jellyfish",
		"requests-toolbelt", "djangorestframework", "matplotlib", "pyyaml",
		"tqdm", "mypy-boto3-rds", "mypy-boto3-sqs", "click", "websockets",
		"pyaml", "websocket",
	})
}

func TestCheck(t *testing.T) {
	ix := NewIndex(smallList(), Options{})
	tests := []struct {
		name   string
		target string
		tech   Technique
	}{
		{"reqeusts", "requests", Transposition},
		{"requestss", "requests", RepeatedLetter},
		{"urlib3", "urllib3", RepeatedLetter},
		{"reqests", "requests", OmittedLetter},
		{"requesits", "requests", InsertedLetter},
		{"requesrs", "requests", KeyboardAdjacent},
		{"typingextensions", "typing-extensions", Separator},
		{"typing-exten-sions", "typing-extensions", Separator},
		{"extensions-typing", "typing-extensions", TokenOrder},
		{"python3-dateutil", "python-dateutil", Affix},
		{"dateutil", "python-dateutil", Affix},
		{"py-requests", "requests", Affix},
		{"requests-python", "requests", Affix},
		{"requests-toolbelt2", "requests-toolbelt", Affix},
		{"jeIlyfish", "jellyfish", Homoglyph},
		{"nurnpy", "numpy", Homoglyph},
		{"b0to3", "boto3", Homoglyph},
		{"setuptooIs", "setuptools", Homoglyph},
		{"colorama-extra", "colorama", Combination},
		{"mitplotlob", "matplotlib", EditDistance},
		{"reqυests", "", ""},                // Greek upsilon is not in the confusables table
		{"rеquests", "requests", Homoglyph}, // Cyrillic е
	}
	for _, tc := range tests {
		m, ok := ix.Best(tc.name)
		if tc.target == "" {
			if ok && m.Target != "requests" {
				t.Errorf("%s: unexpected %+v", tc.name, m)
			}
			continue
		}
		if !ok {
			t.Errorf("%s: no match, want %s by %s", tc.name, tc.target, tc.tech)
			continue
		}
		if m.Target != tc.target || m.Technique != tc.tech {
			t.Errorf("%s: got %s by %s (%.2f), want %s by %s", tc.name, m.Target, m.Technique, m.Score, tc.target, tc.tech)
		}
		if m.Severity > finding.Medium {
			t.Errorf("%s: offline severity %s above medium", tc.name, m.Severity)
		}
	}
}

func TestCheckNoMatch(t *testing.T) {
	ix := NewIndex(smallList(), Options{})
	for _, name := range []string{
		"requests", "Requests", "python_dateutil", "Python.DateUtil", // the projects themselves
		"pyaml", "websocket", // popular names never alarm each other
		"sux", "pop", "six2", // too short for edits
		"mypy-boto3-sns",                // family sibling: a short word differs
		"django-rest-framework-jwt",     // legitimate combination
		"djangorestframework-simplejwt", // legitimate combination
		"flask", "httpx", "attrs", "",
	} {
		if ms := ix.Check(name); len(ms) > 0 {
			t.Errorf("%q: unexpected %+v", name, ms[0])
		}
	}
}

func TestTrustedRank(t *testing.T) {
	l := smallList()
	// pyaml (rank 22) and pyyaml (16): with nothing trusted and no ratio,
	// pyaml is flagged; with the default ratio 10 it is not (16 > 22/10).
	ix := NewIndex(l, Options{TrustedRank: -1, RankRatio: 1})
	if _, ok := ix.Best("pyaml"); !ok {
		t.Error("pyaml: want a match when nothing is trusted")
	}
	ix = NewIndex(l, Options{TrustedRank: -1})
	if m, ok := ix.Best("pyaml"); ok {
		t.Errorf("pyaml: ratio 10 should protect it, got %+v", m)
	}
}

func TestAllCombinations(t *testing.T) {
	ix := NewIndex(smallList(), Options{AllCombinations: true, MinScore: 0.01})
	m, ok := ix.Best("django-foo")
	if !ok || m.Technique != Combination || m.Severity != finding.Low || m.Score > 0.2 {
		t.Errorf("django-foo: got %+v, want a low combination", m)
	}
}

func TestHostileNames(t *testing.T) {
	ix := NewIndex(smallList(), Options{})
	for _, name := range []string{
		"\x00", "\xff\xfe", strings.Repeat("a", 10000), strings.Repeat("-", 300),
		"requests\x00", "ℛℯ𝓆𝓊ℯ𝓈𝓉𝓈", "../../etc/passwd", strings.Repeat("rn", 150),
	} {
		ix.Check(name) // must not panic
	}
}

func FuzzCheck(f *testing.F) {
	ix := NewIndex(smallList(), Options{})
	for _, s := range []string{"reqeusts", "jeIlyfish", "a-b-c", "", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range ix.Check(s) {
			if m.Score < 0 || m.Score > 1 || m.Target == "" {
				t.Fatalf("%q: bad match %+v", s, m)
			}
		}
	})
}

func TestAdjacentKeys(t *testing.T) {
	for _, p := range []string{"qw", "as", "aq", "aw", "az", "sx", "gt", "gy", "gb", "gv", "nm", "12", "1q", "2q", "po", "pl", "lk"} {
		if !adjacentKeys(p[0], p[1]) || !adjacentKeys(p[1], p[0]) {
			t.Errorf("%s: want adjacent", p)
		}
	}
	for _, p := range []string{"qs", "ap", "gn", "aa", "-a"} {
		if adjacentKeys(p[0], p[1]) {
			t.Errorf("%s: want not adjacent", p)
		}
	}
}

func TestOSA(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"requests", "requests", 2, 0},
		{"requests", "reqeusts", 2, 1},
		{"requests", "requets", 2, 1},
		{"kitten", "sitting", 3, 3},
		{"kitten", "sitting", 2, 3},
		{"abc", "abcdef", 2, 3},
		{"", "ab", 2, 2},
	}
	for _, tc := range tests {
		if got := osa(tc.a, tc.b, tc.max); got != tc.want {
			t.Errorf("osa(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.max, got, tc.want)
		}
	}
}

func TestParseTopPyPI(t *testing.T) {
	named := `{"downloaded_timestamp": 1781626097, "packages": ["boto3", "Typing_Extensions", "boto3", "bad name!", "urllib3"]}`
	l, err := ParseTopPyPI(strings.NewReader(named))
	if err != nil {
		t.Fatal(err)
	}
	got := []string{}
	for _, p := range l.Packages {
		got = append(got, p.Name)
	}
	if strings.Join(got, " ") != "boto3 typing-extensions urllib3" || l.Packages[2].Rank != 3 {
		t.Errorf("names: got %v", l.Packages)
	}
	if l.Updated.Year() != 2026 {
		t.Errorf("updated: %v", l.Updated)
	}
	counted := `{"last_update": "2024-10-01 07:13:49", "query": {"bytes_billed": 1}, "rows": [
		{"download_count": 1000, "project": "boto3"}, {"download_count": 900, "project": "urllib3"}]}`
	l, err = ParseTopPyPI(strings.NewReader(counted))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Packages) != 2 || l.Packages[1].Downloads != 900 || l.Updated.Month() != time.October {
		t.Errorf("rows: got %+v %v", l.Packages, l.Updated)
	}
	for _, bad := range []string{"", "[]", "{}", `{"packages": []}`, `{"packages": [1]}`, "{"} {
		if _, err := ParseTopPyPI(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: want error", bad)
		}
	}
}

func TestBuiltin(t *testing.T) {
	l := Builtin()
	if l.Len() < 300 || l.Packages[0].Name != "boto3" {
		t.Fatalf("builtin list: %d names, first %v", l.Len(), l.Packages[:1])
	}
	ix := NewIndex(l, Options{})
	if m, ok := ix.Best("reqeusts"); !ok || m.Target != "requests" {
		t.Errorf("builtin: reqeusts → %+v", m)
	}
	l.Packages[0].Name = "changed"
	if Builtin().Packages[0].Name != "boto3" {
		t.Error("Builtin shares state between calls")
	}
}

func TestGate(t *testing.T) {
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	m := Match{Target: "requests", Severity: finding.Medium, Score: 0.8, TargetDownloads: 1_000_000}
	opts := GateOptions{Now: now}
	tests := []struct {
		name string
		md   Metadata
		want finding.Severity
	}{
		{"young and tiny", Metadata{FirstRelease: now.AddDate(0, 0, -3), HaveDownloads: true, Downloads: 40}, finding.High},
		{"young, downloads unknown", Metadata{FirstRelease: now.AddDate(0, 0, -3)}, finding.Medium},
		{"young, tiny, shared maintainer", Metadata{FirstRelease: now.AddDate(0, 0, -3), HaveDownloads: true, Downloads: 40, SharedMaintainer: true}, finding.Low},
		{"shared repository", Metadata{SharedRepository: true}, finding.Low},
		{"old", Metadata{FirstRelease: now.AddDate(-5, 0, 0), HaveDownloads: true, Downloads: 40}, finding.Low},
		{"large share", Metadata{FirstRelease: now.AddDate(0, 0, -200), HaveDownloads: true, Downloads: 500_000}, finding.Low},
		{"middling", Metadata{FirstRelease: now.AddDate(0, 0, -200), HaveDownloads: true, Downloads: 40}, finding.Medium},
		{"nothing known", Metadata{}, finding.Medium},
	}
	for _, tc := range tests {
		got := Gate(m, tc.md, opts)
		if got.Severity != tc.want {
			t.Errorf("%s: severity %s, want %s (%s)", tc.name, got.Severity, tc.want, got.Reason)
		}
		if got.Score < 0 || got.Score > 1 {
			t.Errorf("%s: score %v", tc.name, got.Score)
		}
	}
}

func TestConcurrentCheck(t *testing.T) {
	ix := NewIndex(smallList(), Options{})
	done := make(chan bool)
	for range 4 {
		go func() {
			for range 200 {
				ix.Check("reqeusts")
				ix.Check("python3-dateutil")
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
}
