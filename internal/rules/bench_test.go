package rules

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
)

// BenchmarkAllRulesStdlib runs every rule ("all") and every rule but the
// taint rules ("notaint") over python3's standard library
// (site-packages excluded) on one goroutine; MB/s comes from b.SetBytes.
func BenchmarkAllRulesStdlib(b *testing.B) {
	out, err := exec.Command("python3", "-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		b.Skip("python3 not found")
	}
	root := strings.TrimSpace(string(out))
	var paths []string
	var srcs [][]byte
	total := 0
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			if src, err := os.ReadFile(path); err == nil {
				paths = append(paths, path)
				srcs = append(srcs, src)
				total += len(src)
			}
		}
		return nil
	})
	byPath := make(map[string][]byte, len(paths))
	for i, p := range paths {
		byPath[p] = srcs[i]
	}
	var noTaint []*analysis.Analyzer
	for _, a := range All() {
		if !strings.HasPrefix(a.ID, "KRT3") {
			noTaint = append(noTaint, a)
		}
	}
	for _, bc := range []struct {
		name      string
		analyzers []*analysis.Analyzer
	}{{"all", All()}, {"notaint", noTaint}} {
		b.Run(bc.name, func(b *testing.B) {
			// One worker, reusing its parser's buffers as krait does.
			c := &analysis.Checker{Analyzers: bc.analyzers, Jobs: 1}
			read := func(path string) ([]byte, error) { return byPath[path], nil }
			b.SetBytes(int64(total))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := c.Check(context.Background(), paths, read, func(*analysis.Result, error) {}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
