package textclass

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// shared loads the corpus once per test binary.
var shared = sync.OnceValues(New)

func TestClassify(t *testing.T) {
	c, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string]string{"mit.txt": "MIT", "bsd3.txt": "BSD-3-Clause", "isc.txt": "ISC"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		ms, err := c.Classify(context.Background(), data)
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) != 1 || ms[0].Expression != want || ms[0].Confidence < 0.9 {
			t.Errorf("%s: %+v, want one %s match", file, ms, want)
		}
	}
	for _, in := range []string{"", "\n\n", "\x00\xff\xfe", "hello"} {
		ms, err := c.Classify(context.Background(), []byte(in))
		if err != nil || len(ms) != 0 {
			t.Errorf("%q: %v %v, want no match", in, ms, err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.Classify(ctx, []byte("x")); err == nil {
		t.Error("cancelled context: no error")
	}
}

func TestClassifyConcurrent(t *testing.T) {
	c := NewLazy() // also checks that concurrent first uses load once
	data, err := os.ReadFile(filepath.Join("..", "testdata", "mit.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ms, err := c.Classify(context.Background(), data)
			if err != nil || len(ms) != 1 || ms[0].Expression != "MIT" {
				t.Errorf("concurrent classify: %v %v", ms, err)
			}
		}()
	}
	wg.Wait()
}

func TestSPDX(t *testing.T) {
	c := &Classifier{names: nameTable()}
	c.ref = mustRef()
	for name, want := range map[string]string{
		"MIT":                              "MIT",
		"GPL-2.0":                          "GPL-2.0-only",
		"AGPL-3.0":                         "AGPL-3.0-only",
		"GPL-2.0-with-classpath-exception": "GPL-2.0-only WITH Classpath-exception-2.0",
		"Apache-with-LLVM-Exception":       "Apache-2.0 WITH LLVM-exception",
		"BSD-0-Clause":                     "0BSD",
		"Business-Source-License-1.1":      "BUSL-1.1",
		"LicenseRef-C-Ares":                "LicenseRef-C-Ares",
		"Facebook-2-Clause":                "LicenseRef-licenseclassifier-Facebook-2-Clause",
		"tcl_tk":                           "LicenseRef-licenseclassifier-tcl-tk",
	} {
		if got := c.SPDX(name); got != want {
			t.Errorf("SPDX(%q) = %q, want %q", name, got, want)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkClassify(b *testing.B) {
	c, err := shared()
	if err != nil {
		b.Fatal(err)
	}
	for _, file := range []string{"mit.txt", "bsd3.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", file))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(file, func(b *testing.B) {
			for b.Loop() {
				if _, err := c.Classify(context.Background(), data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
