package inspect

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/testutil/pypiserver"
)

// sample is one corpus entry: a fake package written as a text file.
//
//	name: evilpkg
//	version: 1.0.0
//	kind: sdist | wheel | directory
//	want: malicious | suspicious | clean
//	technique: free text
//	-- path/in/package --
//	content...
//	-- path/in/package (hex) --
//	7f454c46...
type sample struct {
	file, name, version, kind, want, technique string
	files                                      map[string]string
}

func parseSample(t testing.TB, file string) sample {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s := sample{file: filepath.Base(file), kind: "sdist", files: map[string]string{}}
	lines := strings.SplitAfter(string(data), "\n")
	var cur string
	var hexMode bool
	var buf strings.Builder
	flush := func() {
		if cur == "" {
			return
		}
		content := buf.String()
		if hexMode {
			b, err := hex.DecodeString(strings.Join(strings.Fields(content), ""))
			if err != nil {
				t.Fatalf("%s: %s: %v", file, cur, err)
			}
			content = string(b)
		}
		s.files[cur] = content
		buf.Reset()
	}
	for _, l := range lines {
		tl := strings.TrimRight(l, "\r\n")
		if strings.HasPrefix(tl, "-- ") && strings.HasSuffix(tl, " --") {
			flush()
			cur = strings.TrimSpace(tl[3 : len(tl)-3])
			hexMode = strings.HasSuffix(cur, " (hex)")
			cur = strings.TrimSuffix(cur, " (hex)")
			continue
		}
		if cur != "" {
			buf.WriteString(l)
			continue
		}
		k, v, ok := strings.Cut(tl, ":")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "name":
			s.name = v
		case "version":
			s.version = v
		case "kind":
			s.kind = v
		case "want":
			s.want = v
		case "technique":
			s.technique = v
		}
	}
	flush()
	if s.name == "" || s.version == "" || len(s.files) == 0 {
		t.Fatalf("%s: want name, version and files", file)
	}
	return s
}

// build turns a sample into a Package the way a user would give it.
func (s sample) build(t testing.TB) *Package {
	t.Helper()
	ctx := context.Background()
	switch s.kind {
	case "wheel":
		f := pypiserver.Wheel(s.name, s.version, s.files)
		p, err := LoadArchive(ctx, f.Content, f.Filename)
		if err != nil {
			t.Fatal(err)
		}
		return p
	case "directory":
		dir := t.TempDir()
		for name, content := range s.files {
			fp := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(fp), 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(fp, []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		p, err := Load(ctx, dir)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	f := pypiserver.Sdist(s.name, s.version, s.files)
	p, err := LoadArchive(ctx, f.Content, f.Filename)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func loadSamples(t testing.TB, dir string) []sample {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	var out []sample
	for _, f := range files {
		out = append(out, parseSample(t, f))
	}
	return out
}

func summary(r *Report) string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s score %.1f decisive %.1f:", r.Verdict, r.Score, r.DecisiveScore)
	for _, c := range r.Contributions {
		fmt.Fprintf(&b, " %s@%s:%d[%s]=%.1f", c.RuleID, c.Path, c.Line, c.Where, c.Points)
	}
	return b.String()
}

// TestMaliciousCorpus inspects every sample of testdata/malicious and
// prints the detection rate; it fails below 95 %, and on any sample
// whose verdict is below its "want".
func TestMaliciousCorpus(t *testing.T) {
	samples := loadSamples(t, "malicious")
	if len(samples) == 0 {
		t.Fatal("no samples")
	}
	rank := map[Verdict]int{Clean: 0, Suspicious: 1, Malicious: 2}
	malicious := 0
	start := time.Now()
	for _, s := range samples {
		rep, err := Inspect(context.Background(), s.build(t), Options{})
		if err != nil {
			t.Fatalf("%s: %v", s.file, err)
		}
		want := Verdict(s.want)
		if want == "" {
			want = Malicious
		}
		if rep.Verdict == Malicious {
			malicious++
		}
		if rank[rep.Verdict] < rank[want] {
			t.Errorf("%s (%s): got %s", s.file, s.technique, summary(rep))
		} else if testing.Verbose() {
			t.Logf("%s: %s", s.file, summary(rep))
		}
	}
	el := time.Since(start)
	rate := 100 * float64(malicious) / float64(len(samples))
	t.Logf("malicious corpus: %d samples, %d rated malicious (%.1f %%), %.0f packages/s", len(samples), malicious, rate, float64(len(samples))/el.Seconds())
	if rate < 95 {
		t.Errorf("detection rate %.1f %% < 95 %%", rate)
	}
}

// TestBenignSamples inspects the honest patterns of testdata/benign: none
// may be rated above its "want" (clean by default).
func TestBenignSamples(t *testing.T) {
	rank := map[Verdict]int{Clean: 0, Suspicious: 1, Malicious: 2}
	for _, s := range loadSamples(t, "benign") {
		rep, err := Inspect(context.Background(), s.build(t), Options{})
		if err != nil {
			t.Fatalf("%s: %v", s.file, err)
		}
		want := Verdict(s.want)
		if want == "" {
			want = Clean
		}
		if rank[rep.Verdict] > rank[want] {
			t.Errorf("%s (%s): got %s", s.file, s.technique, summary(rep))
		} else if testing.Verbose() {
			t.Logf("%s: %s", s.file, summary(rep))
		}
	}
}
