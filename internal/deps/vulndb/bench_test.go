package vulndb

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/testutil"
)

// snapshot returns the shared PyPA snapshot, skipping when it is absent.
func snapshot(tb testing.TB) string {
	tb.Helper()
	p := filepath.Join(testutil.SharedDir(tb), "osv", "PyPI-pysec-2024-10.zip")
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s is missing: %v", p, err)
	}
	return p
}

// lookupNames returns 500 names to look up: the most downloaded PyPI
// projects when the shared list is there (a realistic mix of hits and
// misses), else names from the database itself.
func lookupNames(tb testing.TB, db *DB) []string {
	var top struct {
		Packages []string `json:"packages"`
	}
	data, err := os.ReadFile(filepath.Join(testutil.SharedDir(tb), "pypi", "top-pypi-packages-2026-06.json"))
	if err == nil && json.Unmarshal(data, &top) == nil && len(top.Packages) >= 500 {
		return top.Packages[:500]
	}
	var names []string
	for i := range min(db.idx.nName, 500) {
		names = append(names, string(db.idx.key(db.idx.names, i)))
	}
	return names
}

func dirSize(tb testing.TB, dir string) int64 {
	var n int64
	filepath.Walk(dir, func(_ string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			n += fi.Size()
		}
		return nil
	})
	return n
}

// TestSnapshot imports the shared snapshot and checks what it holds (an
// integration test; skipped without ../shared).
func TestSnapshot(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	src := snapshot(t)
	ctx := context.Background()
	s := &Store{Dir: t.TempDir()}
	start := time.Now()
	rep, err := s.Import(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	imp := time.Since(start)
	db := open(t, s.Dir)
	st := db.Status()
	names := lookupNames(t, db)
	start = time.Now()
	hits, recs := 0, 0
	for _, n := range names {
		vs, err := db.Lookup(n)
		if err != nil {
			t.Fatal(err)
		}
		if len(vs) > 0 {
			hits++
		}
		recs += len(vs)
	}
	look := time.Since(start)
	t.Logf("import %v: %d records, %d packages, %d skipped, %d withdrawn; db %d bytes; 500 lookups %v (%d names hit, %d records)",
		imp, st.Records, st.Packages, st.Skipped, st.Withdrawn, dirSize(t, s.Dir), look, hits, recs)
	if rep.Records < 2600 || st.Packages < 500 {
		t.Errorf("snapshot imported %d records for %d packages; want about 2,661", rep.Records, st.Packages)
	}
	if st.Withdrawn == 0 {
		t.Error("the snapshot has withdrawn records; none counted")
	}
	if vs, err := db.Lookup("Jinja2"); err != nil || len(vs) == 0 {
		t.Errorf("Lookup(Jinja2) = %d, %v", len(vs), err)
	}
}

func BenchmarkImport(b *testing.B) {
	src := snapshot(b)
	ctx := context.Background()
	s := &Store{Dir: b.TempDir()}
	for b.Loop() {
		if _, err := s.Import(ctx, src); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(dirSize(b, s.Dir)), "db-bytes")
}

func BenchmarkOpen(b *testing.B) {
	src := snapshot(b)
	ctx := context.Background()
	s := &Store{Dir: b.TempDir()}
	if _, err := s.Import(ctx, src); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		db, err := Open(ctx, s.Dir)
		if err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
}

// BenchmarkLookup500 measures one op = 500 lookups (decoding every record
// found) after Open.
func BenchmarkLookup500(b *testing.B) {
	src := snapshot(b)
	ctx := context.Background()
	s := &Store{Dir: b.TempDir()}
	if _, err := s.Import(ctx, src); err != nil {
		b.Fatal(err)
	}
	db, err := Open(ctx, s.Dir)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	names := lookupNames(b, db)
	for b.Loop() {
		for _, n := range names {
			if _, err := db.Lookup(n); err != nil {
				b.Fatal(err)
			}
		}
	}
}
