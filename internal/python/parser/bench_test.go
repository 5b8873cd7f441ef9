package parser_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/python/parser"
)

// stdlibSources reads every .py file of python3's standard library (not
// site-packages).
func stdlibSources(b *testing.B) [][]byte {
	b.Helper()
	out, err := exec.Command("python3", "-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		b.Skip("python3 not found")
	}
	root := strings.TrimSpace(string(out))
	var srcs [][]byte
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			if src, err := os.ReadFile(path); err == nil {
				srcs = append(srcs, src)
			}
		}
		return nil
	})
	return srcs
}

// BenchmarkParseStdlib parses the whole standard library once per
// iteration; MB/s is reported from b.SetBytes.
func BenchmarkParseStdlib(b *testing.B) {
	srcs := stdlibSources(b)
	total := 0
	for _, s := range srcs {
		total += len(s)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range srcs {
			parser.ParseFile("bench.py", s)
		}
	}
}
