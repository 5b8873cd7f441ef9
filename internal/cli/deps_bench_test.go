package cli

import (
	"archive/zip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/deps/audit"
	"github.com/krait-dev/krait/internal/deps/osv"
	"github.com/krait-dev/krait/internal/deps/project"
	"github.com/krait-dev/krait/internal/deps/vulndb"
	"github.com/krait-dev/krait/internal/testutil"
)

// BenchmarkOfflineAudit imports the PyPA advisory snapshot of ../shared
// once and measures one offline audit of a uv.lock of 500 packages:
// reading the lock file, looking every package up in the database and
// matching. "top500" locks the 500 most-downloaded PyPI projects (a
// realistic lock: about one package in six has advisories); "advisories500"
// locks 500 packages that all have advisories in the snapshot (the worst
// case: every lookup decodes and matches records). Versions are made up
// ("i%3.i%10.i%7"), old enough that many are affected. Run with
//
//	go test ./internal/cli -run '^$' -bench OfflineAudit -benchtime 20x
func BenchmarkOfflineAudit(b *testing.B) {
	zipPath := filepath.Join(testutil.SharedDir(b), "osv", "PyPI-pysec-2024-10.zip")
	if _, err := os.Stat(zipPath); err != nil {
		b.Skip("the advisory snapshot is not there")
	}
	ctx := context.Background()
	store := &vulndb.Store{Dir: filepath.Join(b.TempDir(), "db")}
	rep, err := store.Import(ctx, zipPath)
	if err != nil {
		b.Fatal(err)
	}
	db, err := vulndb.Open(ctx, store.Dir)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()

	advised := snapshotPackages(b, zipPath)
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(len(advised), func(i, j int) { advised[i], advised[j] = advised[j], advised[i] })
	top := topPackages(b)
	for _, bc := range []struct {
		name  string
		names []string
	}{{"top500", top}, {"advisories500", advised}} {
		b.Run(bc.name, func(b *testing.B) { benchmarkAudit(b, db, bc.names, rep.Records) })
	}
}

func benchmarkAudit(b *testing.B, db *vulndb.DB, names []string, records int) {
	ctx := context.Background()
	names = append([]string(nil), names...)
	if len(names) > 500 {
		names = names[:500]
	}
	for i := 0; len(names) < 500; i++ {
		names = append(names, fmt.Sprintf("example-package-%d", i))
	}
	var lock strings.Builder
	lock.WriteString("version = 1\nrequires-python = \">=3.9\"\n")
	for i, n := range names {
		fmt.Fprintf(&lock, "\n[[package]]\nname = %q\nversion = \"%d.%d.%d\"\nsource = { registry = \"https://pypi.org/simple\" }\n", n, i%3, i%10, i%7)
	}
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "uv.lock"), []byte(lock.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	var findings int
	for i := 0; i < b.N; i++ {
		inv, err := project.Load(ctx, []string{dir}, project.Options{})
		if err != nil {
			b.Fatal(err)
		}
		res, err := audit.Audit(ctx, inv.Packages, inv.Problems, dbSource{db}, audit.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if res.Audited != 500 {
			b.Fatalf("audited %d packages", res.Audited)
		}
		findings = len(res.Findings)
	}
	b.ReportMetric(float64(records), "advisories")
	b.ReportMetric(float64(findings), "findings")
}

// snapshotPackages returns the sorted names of the PyPI packages the
// snapshot's advisories name.
func snapshotPackages(b *testing.B, path string) []string {
	b.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		b.Fatal(err)
	}
	defer zr.Close()
	seen := map[string]bool{}
	var out []string
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			b.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			b.Fatal(err)
		}
		v, err := osv.Parse(data)
		if err != nil {
			continue
		}
		for _, a := range v.Affected {
			if a.Package.Ecosystem == osv.EcosystemPyPI && !seen[a.Package.Name] {
				seen[a.Package.Name] = true
				out = append(out, a.Package.Name)
			}
		}
	}
	sort.Strings(out)
	return out
}

// topPackages returns the most-downloaded PyPI projects of ../shared, or
// nil when the list is not there.
func topPackages(b *testing.B) []string {
	b.Helper()
	data, err := os.ReadFile(filepath.Join(testutil.SharedDir(b), "pypi", "top-pypi-packages-2026-06.json"))
	if err != nil {
		b.Skip("the top-PyPI-packages list is not there")
	}
	var top struct {
		Packages []string `json:"packages"`
	}
	if err := json.Unmarshal(data, &top); err != nil {
		b.Fatal(err)
	}
	return top.Packages
}
