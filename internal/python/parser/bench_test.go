package parser_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime/metrics"
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
// iteration; MB/s is reported from b.SetBytes, and cpu-s/op is the CPU
// time of the whole process (parsing and garbage collection on every core)
// per iteration, which is what the parser's speed target is about.
//
// "fresh" calls the function ParseFile for each file; "reuse" parses every
// file with one Parser, as krait's workers do.
func BenchmarkParseStdlib(b *testing.B) {
	srcs := stdlibSources(b)
	total := 0
	for _, s := range srcs {
		total += len(s)
	}
	run := func(b *testing.B, parse func(src []byte)) {
		b.SetBytes(int64(total))
		b.ReportAllocs()
		start := processCPUSeconds()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			for _, s := range srcs {
				parse(s)
			}
		}
		b.StopTimer()
		b.ReportMetric((processCPUSeconds()-start)/float64(b.N), "cpu-s/op")
	}
	b.Run("fresh", func(b *testing.B) {
		run(b, func(src []byte) { parser.ParseFile("bench.py", src) })
	})
	b.Run("reuse", func(b *testing.B) {
		var ps parser.Parser
		run(b, func(src []byte) { ps.ParseFile("bench.py", src) })
	})
}

// processCPUSeconds is the runtime's estimate of the CPU time used so far,
// user code and garbage collector together: the CPU available to the
// process (GOMAXPROCS times wall time) less the idle part.
func processCPUSeconds() float64 {
	sample := []metrics.Sample{
		{Name: "/cpu/classes/total:cpu-seconds"},
		{Name: "/cpu/classes/idle:cpu-seconds"},
	}
	metrics.Read(sample)
	return sample[0].Value.Float64() - sample[1].Value.Float64()
}
