package vulndb

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// FuzzYAML: converting any YAML never panics, and what it returns is
// JSON.
func FuzzYAML(f *testing.F) {
	for _, p := range []string{"testdata/pypa/vulns/jinja2/PYSEC-2099-10.yaml", "testdata/pypa/vulns/bad/PYSEC-2099-11.yaml"} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("a: &a [*a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := yamlToJSON(data)
		if err == nil && !json.Valid(out) {
			t.Fatalf("invalid JSON %q from %q", out, data)
		}
	})
}

// FuzzIndex: decoding any index never panics, and lookups in an index
// that decoded never index out of range.
func FuzzIndex(f *testing.F) {
	s := &Store{Dir: f.TempDir()}
	if _, err := s.Import(context.Background(), "testdata/records"); err != nil {
		f.Fatal(err)
	}
	gen, _ := readCurrent(s.Dir)
	data, err := os.ReadFile(filepath.Join(s.Dir, gen, indexFile))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Fuzz(func(t *testing.T, data []byte) {
		ix, err := decodeIndex(data, 1<<20)
		if err != nil {
			return
		}
		for _, k := range []string{"foo-bar", "requests", "evil-pkg", "zzz", ""} {
			for _, i := range ix.packages(k) {
				ix.record(i)
			}
			ix.alias(k)
			ix.findRecord(k)
		}
		ix.maliciousNames()
	})
}

// FuzzZip: reading any archive never panics.
func FuzzZip(f *testing.F) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("PYSEC-2099-1.json")
	w.Write([]byte(`{"id":"PYSEC-2099-1","modified":"2099-01-01T00:00:00Z"}`))
	zw.Close()
	f.Add(buf.Bytes())
	lim := Limits{MaxEntries: 100, MaxTotalBytes: 1 << 20, MaxFileBytes: 64 << 10}.withDefaults()
	f.Fuzz(func(t *testing.T, data []byte) {
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return
		}
		walkZip(context.Background(), "fuzz.zip", zr, lim, func(string, []byte, error) error { return nil })
	})
}
