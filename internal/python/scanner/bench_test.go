package scanner

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/python/token"
)

var stdlib struct {
	once  sync.Once
	files [][]byte
	size  int
}

// loadStdlib reads every .py file of python3's standard library
// (site-packages excluded).
func loadStdlib(tb testing.TB) ([][]byte, int) {
	stdlib.once.Do(func() {
		out, err := exec.Command("python3", "-c", `import sysconfig;print(sysconfig.get_paths()["stdlib"])`).Output()
		if err != nil {
			return
		}
		root := strings.TrimSpace(string(out))
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() && d.Name() == "site-packages" {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(p, ".py") {
				if b, err := os.ReadFile(p); err == nil {
					stdlib.files = append(stdlib.files, b)
					stdlib.size += len(b)
				}
			}
			return nil
		})
	})
	if len(stdlib.files) == 0 {
		if os.Getenv("CI") == "true" {
			tb.Fatal("python3's standard library is required in CI")
		}
		tb.Skip("python3's standard library not found")
	}
	return stdlib.files, stdlib.size
}

func scanCount(src []byte) int {
	s := New(src)
	n := 0
	for s.Next().Kind != token.EOF {
		n++
	}
	return n
}

// BenchmarkScanStdlib decodes and tokenizes the whole standard library.
func BenchmarkScanStdlib(b *testing.B) {
	files, size := loadStdlib(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	toks := 0
	for i := 0; i < b.N; i++ {
		toks = 0
		for _, f := range files {
			text, _ := Decode(f)
			toks += scanCount(text)
		}
	}
	b.ReportMetric(float64(toks), "tokens/op")
}

// TestAllocs checks that scanning allocates nothing per token: only the
// scanner, the string of the source (made for comments) and the growth of
// the comment slice.
func TestAllocs(t *testing.T) {
	src := []byte(strings.Repeat("def f(a, b=1.5e3, *c):\n    return a.b[c] + f'{x!r}' + 'y' # z\n", 5000))
	allocs := testing.AllocsPerRun(5, func() { scanCount(src) })
	if allocs > 40 {
		t.Errorf("%v allocations for %d tokens", allocs, scanCount(src))
	}
}

// TestStdlibSpeed checks that the whole standard library is tokenized in a
// fraction of a second.
func TestStdlibSpeed(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	files, size := loadStdlib(t)
	r := testing.Benchmark(func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for _, f := range files {
				text, _ := Decode(f)
				scanCount(text)
			}
		}
	})
	mbs := float64(size) / (float64(r.NsPerOp()) / 1e9) / 1e6
	t.Logf("stdlib: %d files, %d bytes in %v per run: %.0f MB/s", len(files), size, r.T/time.Duration(r.N), mbs)
	// a loose bound: CI machines may be loaded (a quiet machine does
	// several times better)
	if mbs < 10 {
		t.Errorf("%.0f MB/s", mbs)
	}
}
