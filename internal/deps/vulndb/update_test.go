package vulndb

import (
	"context"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/testutil/osvserver"
)

func serverRecords(t *testing.T) [][]byte {
	var out [][]byte
	for _, n := range []string{"PYSEC-2099-1.json", "GHSA-2099-aaaa-bbbb.json", "PYSEC-2099-2.json", "PYSEC-2099-3.json", "MAL-2099-7.json"} {
		out = append(out, fixture(t, n))
	}
	return out
}

func TestUpdate(t *testing.T) {
	ctx := context.Background()
	srv := osvserver.New(t, serverRecords(t), osvserver.Options{
		Malformed: []string{"PYSEC-2099-3"},
		ZipExtra:  map[string][]byte{"../escape.json": []byte("{}")},
	})
	now := time.Date(2099, 6, 1, 12, 0, 0, 0, time.UTC)
	s := &Store{Dir: filepath.Join(t.TempDir(), "osv"), Now: func() time.Time { return now }}
	client := &http.Client{Timeout: 5 * time.Second}

	rep, err := s.Update(ctx, client, srv.ZipURL())
	if err != nil {
		t.Fatal(err)
	}
	if rep.NotModified || rep.Records != 4 || rep.Skipped != 2 {
		t.Errorf("first update: %+v", rep)
	}
	if got, want := skippedFiles(rep.Warnings), []string{"../escape.json", "PYSEC-2099-3.json"}; !slices.Equal(got, want) {
		t.Errorf("skipped %v, want %v", got, want)
	}
	st := rep.Status
	if st.Source != srv.ZipURL() || st.SourceKind != "url" || st.ETag == "" || st.LastModified == "" || !st.ImportedAt.Equal(now) {
		t.Errorf("status after update: %+v", st)
	}

	// Unchanged upstream: a conditional request, 304, data kept.
	now = now.Add(2 * time.Hour)
	rep, err = s.Update(ctx, client, srv.ZipURL())
	if err != nil {
		t.Fatal(err)
	}
	if !rep.NotModified || rep.Status.Dir != st.Dir || !rep.Status.CheckedAt.Equal(now) || !rep.Status.ImportedAt.Equal(st.ImportedAt) || rep.Status.Age != 0 {
		t.Errorf("second update: %+v", rep)
	}
	if n := srv.Count("GET /PyPI/all.zip"); n != 2 {
		t.Errorf("%d downloads, want 2", n)
	}

	// Upstream changes: downloaded and imported again.
	srv.SetOptions(osvserver.Options{})
	rep, err = s.Update(ctx, client, srv.ZipURL())
	if err != nil || rep.NotModified || rep.Records != 5 {
		t.Fatalf("third update: %+v, %v", rep, err)
	}
	st = rep.Status

	// Failures keep the database.
	for _, tt := range []struct {
		name, want string
		opts       osvserver.Options
	}{
		// A changed Last-Modified changes the archive, so no 304.
		{"truncated", "truncated or corrupt", osvserver.Options{TruncateZip: true, LastModified: time.Unix(1, 0)}},
		{"500", "500 Internal Server Error", osvserver.Options{Faults: map[int]int{srv.Requests() + 2: 500}}},
		{"429", "429 Too Many Requests", osvserver.Options{Faults: map[int]int{srv.Requests() + 3: 429}, RetryAfter: "1"}},
		{"malformed", "no valid OSV record", osvserver.Options{Malformed: []string{"PYSEC-2099-1", "GHSA-2099-aaaa-bbbb", "PYSEC-2099-2", "PYSEC-2099-3", "MAL-2099-7"}}},
	} {
		name, opts := tt.name, tt.opts
		srv.SetOptions(opts)
		_, err := s.Update(ctx, client, srv.ZipURL())
		if err == nil || !strings.Contains(err.Error(), srv.ZipURL()) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Update = %v, want an error naming the URL and %q", name, err, tt.want)
		}
		after, err := s.Status(ctx)
		if err != nil || after.Dir != st.Dir || after.Records != 5 {
			t.Errorf("%s: the database changed: %+v, %v", name, after, err)
		}
	}

	// A timeout of the injected client.
	srv.SetOptions(osvserver.Options{Delay: time.Second})
	if _, err := s.Update(ctx, &http.Client{Timeout: 50 * time.Millisecond}, srv.ZipURL()); err == nil {
		t.Error("timeout: no error")
	}
	// A cancelled context.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Update(cctx, client, srv.ZipURL()); err == nil {
		t.Error("cancelled: no error")
	}
	// Not a zip.
	srv.SetOptions(osvserver.Options{})
	if _, err := s.Update(ctx, client, srv.URL+"/v1/vulns/PYSEC-2099-1"); err == nil || !strings.Contains(err.Error(), "not a zip") {
		t.Errorf("not a zip: %v", err)
	}
	if after, _ := s.Status(ctx); after.Dir != st.Dir {
		t.Error("the database changed")
	}
}
