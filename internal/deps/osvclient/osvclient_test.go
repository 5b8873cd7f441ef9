package osvclient

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/deps/osv"
	"github.com/krait-dev/krait/internal/testutil/osvserver"
)

func newServer(t *testing.T, opts osvserver.Options) *osvserver.Server {
	return osvserver.New(t, osvserver.Fixtures(t), opts)
}

func newClient(srv *osvserver.Server, cache string) *Client {
	return &Client{
		BaseURL:    srv.URL,
		HTTP:       &http.Client{Timeout: 5 * time.Second},
		CacheDir:   cache,
		Backoff:    time.Millisecond,
		MaxBackoff: 20 * time.Millisecond,
	}
}

func idLists(res [][]*osv.Vulnerability) [][]string {
	out := make([][]string, len(res))
	for i, vs := range res {
		out[i] = []string{}
		for _, v := range vs {
			out[i] = append(out[i], v.ID)
		}
	}
	return out
}

var batchPkgs = []Package{
	{"requests", "2.0.0"},
	{"Foo_Bar", "1.0.0"},
	{"foo-bar", "1.2.0"}, // fixed: no advisory
	{"evil.pkg", ""},     // every advisory of the project
	{"unknown", "1.0"},
	{"requests", "1.0.0"},
}

var batchWant = [][]string{
	{"PYSEC-2099-3", "PYSEC-2099-4"},
	{"GHSA-2099-aaaa-bbbb", "PYSEC-2099-1"},
	{},
	{"MAL-2099-7"},
	{},
	{"PYSEC-2099-4"},
}

func TestQueryBatch(t *testing.T) {
	for _, pageSize := range []int{0, 1} {
		t.Run(fmt.Sprintf("page%d", pageSize), func(t *testing.T) {
			srv := newServer(t, osvserver.Options{PageSize: pageSize})
			c := newClient(srv, t.TempDir())
			res, err := c.QueryBatch(context.Background(), batchPkgs)
			if err != nil {
				t.Fatal(err)
			}
			if got := idLists(res); !equalLists(got, batchWant) {
				t.Errorf("QueryBatch = %v, want %v", got, batchWant)
			}
			// One querybatch, or two when a page holds one advisory
			// (requests 2.0.0 and Foo_Bar 1.0.0 have two each).
			wantBatches := 1
			if pageSize == 1 {
				wantBatches = 2
			}
			if n := srv.Count("POST /v1/querybatch"); n != wantBatches {
				t.Errorf("%d querybatch requests, want %d", n, wantBatches)
			}
			if n := srv.Count("GET /v1/vulns/"); n != 5 {
				t.Errorf("%d advisories fetched, want 5 (each distinct id once)", n)
			}
			// The same records again: everything comes from the cache.
			before := srv.Count("GET /v1/vulns/")
			res, err = c.QueryBatch(context.Background(), batchPkgs)
			if err != nil || !equalLists(idLists(res), batchWant) {
				t.Fatalf("second QueryBatch = %v, %v", idLists(res), err)
			}
			if n := srv.Count("GET /v1/vulns/") - before; n != 0 {
				t.Errorf("second run fetched %d advisories, want 0", n)
			}
		})
	}
}

func equalLists(a, b [][]string) bool {
	return slices.EqualFunc(a, b, func(x, y []string) bool { return slices.Equal(x, y) })
}

func TestCacheRefreshesModified(t *testing.T) {
	cache := t.TempDir()
	srv := newServer(t, osvserver.Options{})
	if _, err := newClient(srv, cache).QueryBatch(context.Background(), batchPkgs); err != nil {
		t.Fatal(err)
	}
	// Upstream modifies PYSEC-2099-4; a damaged cache file of
	// PYSEC-2099-1 is a miss, not an error.
	recs := osvserver.Fixtures(t)
	for i, r := range recs {
		if bytes.Contains(r, []byte(`"PYSEC-2099-4"`)) {
			recs[i] = bytes.Replace(r, []byte("2099-03-05T10:11:12.123456Z"), []byte("2099-03-06T00:00:00Z"), 1)
			recs[i] = bytes.Replace(recs[i], []byte("file URLs"), []byte("FILE URLs"), 1)
		}
	}
	os.WriteFile(filepath.Join(cache, "PYSEC-2099-1.json"), []byte("{"), 0o644)
	srv2 := osvserver.New(t, recs, osvserver.Options{})
	res, err := newClient(srv2, cache).QueryBatch(context.Background(), batchPkgs)
	if err != nil {
		t.Fatal(err)
	}
	got := srv2.Log()
	slices.Sort(got)
	want := []string{"GET /v1/vulns/PYSEC-2099-1", "GET /v1/vulns/PYSEC-2099-4", "POST /v1/querybatch"}
	if !slices.Equal(got, want) {
		t.Errorf("requests %v, want %v", got, want)
	}
	if res[5][0].ID != "PYSEC-2099-4" || !strings.Contains(res[5][0].Summary, "FILE URLs") {
		t.Errorf("refreshed record = %+v", res[5][0])
	}
}

func TestManyPackages(t *testing.T) {
	srv := newServer(t, osvserver.Options{PageSize: 1})
	c := newClient(srv, "")
	var pkgs []Package
	for i := range 2500 {
		pkgs = append(pkgs, Package{Name: fmt.Sprintf("pkg%d", i), Version: "1.0"})
	}
	pkgs[1500] = Package{"requests", "2.0.0"}
	res, err := c.QueryBatch(context.Background(), pkgs)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2500 || len(res[1500]) != 2 || len(res[0]) != 0 || len(res[2499]) != 0 {
		t.Errorf("results: %d lists, requests: %v", len(res), idLists(res[1500:1501]))
	}
	// 3 batches (1000, 1000, 500) and one follow-up page for requests.
	if n := srv.Count("POST /v1/querybatch"); n != 4 {
		t.Errorf("%d querybatch requests, want 4", n)
	}
	if res, err := c.QueryBatch(context.Background(), nil); err != nil || len(res) != 0 {
		t.Errorf("QueryBatch(nil) = %v, %v", res, err)
	}
}

func TestQuery(t *testing.T) {
	srv := newServer(t, osvserver.Options{PageSize: 1})
	cache := t.TempDir()
	c := newClient(srv, cache)
	vs, err := c.Query(context.Background(), "Requests", "2.0.0")
	if err != nil {
		t.Fatal(err)
	}
	if got := idLists([][]*osv.Vulnerability{vs})[0]; !slices.Equal(got, []string{"PYSEC-2099-3", "PYSEC-2099-4"}) {
		t.Errorf("Query = %v", got)
	}
	if n := srv.Count("POST /v1/query"); n != 2 {
		t.Errorf("%d query requests, want 2 (two pages)", n)
	}
	if _, err := os.Stat(filepath.Join(cache, "PYSEC-2099-3.json")); err != nil {
		t.Errorf("Query did not fill the cache: %v", err)
	}
	vs, err = c.Query(context.Background(), "nothing", "1")
	if err != nil || len(vs) != 0 {
		t.Errorf("Query(nothing) = %v, %v", vs, err)
	}
}

func TestRetries(t *testing.T) {
	ctx := context.Background()
	// 500, 429 (with Retry-After: 0) and 503 before success.
	srv := newServer(t, osvserver.Options{Faults: map[int]int{1: 500, 2: 429, 3: 503, 5: 502}, RetryAfter: "0"})
	c := newClient(srv, "")
	res, err := c.QueryBatch(ctx, batchPkgs)
	if err != nil {
		t.Fatal(err)
	}
	if !equalLists(idLists(res), batchWant) {
		t.Errorf("QueryBatch = %v", idLists(res))
	}

	// Retries exhausted: the error names the URL and the status.
	srv = newServer(t, osvserver.Options{Faults: map[int]int{1: 500, 2: 500, 3: 500}})
	c = newClient(srv, "")
	c.Retries = 2
	_, err = c.QueryBatch(ctx, batchPkgs)
	var herr *HTTPError
	if !errors.As(err, &herr) || herr.StatusCode != 500 || !strings.Contains(err.Error(), srv.URL+"/v1/querybatch") || !strings.Contains(err.Error(), "3 attempts") {
		t.Errorf("exhausted retries: %v", err)
	}

	// A 4xx other than 429 is not retried.
	srv = newServer(t, osvserver.Options{Faults: map[int]int{1: 400}})
	_, err = newClient(srv, "").QueryBatch(ctx, batchPkgs)
	if !errors.As(err, &herr) || herr.StatusCode != 400 || srv.Requests() != 1 {
		t.Errorf("400: %v after %d requests", err, srv.Requests())
	}

	// Unknown advisory.
	_, err = newClient(srv, "").Get(ctx, "PYSEC-0000-0")
	if !errors.As(err, &herr) || herr.StatusCode != 404 || !strings.Contains(herr.Message, "not found") {
		t.Errorf("Get(unknown) = %v", err)
	}
}

func TestTimeoutsAndCancel(t *testing.T) {
	srv := newServer(t, osvserver.Options{Delay: 300 * time.Millisecond})
	c := newClient(srv, "")
	c.HTTP = &http.Client{Timeout: 30 * time.Millisecond}
	c.Retries = 1
	start := time.Now()
	if _, err := c.QueryBatch(context.Background(), batchPkgs); err == nil || !strings.Contains(err.Error(), "querybatch") {
		t.Errorf("timeout: %v", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("timeouts took %v", d)
	}
	if n := srv.Requests(); n != 2 {
		t.Errorf("%d requests, want 2 (a timeout is retried)", n)
	}

	// Cancellation during a backoff returns at once.
	srv = newServer(t, osvserver.Options{Faults: map[int]int{1: 503}, RetryAfter: "60"})
	c = newClient(srv, "")
	c.MaxBackoff = time.Minute
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start = time.Now()
	_, err := c.QueryBatch(ctx, batchPkgs)
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > time.Second {
		t.Errorf("cancel during backoff: %v after %v", err, time.Since(start))
	}
}

func TestBadAnswers(t *testing.T) {
	ctx := context.Background()
	srv := newServer(t, osvserver.Options{Malformed: []string{"PYSEC-2099-4"}})
	_, err := newClient(srv, t.TempDir()).QueryBatch(ctx, batchPkgs)
	if err == nil || !strings.Contains(err.Error(), "/v1/vulns/PYSEC-2099-4") {
		t.Errorf("malformed record: %v", err)
	}
	// A server that is not OSV.
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/querybatch", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`{"results": []}`)) })
	mux.HandleFunc("/v1/query", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"vulns": [], "next_page_token": "same"}`))
	})
	mux.HandleFunc("/v1/vulns/", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"id": "OTHER-1", "modified": "2099-01-01T00:00:00Z"}`))
	})
	hs := newPlainServer(t, mux)
	c := &Client{BaseURL: hs, Retries: -1}
	if _, err := c.QueryBatch(ctx, batchPkgs); err == nil || !strings.Contains(err.Error(), "0 results for 6 queries") {
		t.Errorf("short results: %v", err)
	}
	if _, err := c.Query(ctx, "x", "1"); err == nil || !strings.Contains(err.Error(), "page token") {
		t.Errorf("endless paging: %v", err)
	}
	if _, err := c.Get(ctx, "PYSEC-1"); err == nil || !strings.Contains(err.Error(), "OTHER-1") {
		t.Errorf("wrong id: %v", err)
	}
	// Hostile ids are never used as cache file names.
	c.CacheDir = t.TempDir()
	for _, id := range []string{"../x", "a/b", ".hidden", "", strings.Repeat("a", 300), "a\x00b"} {
		if p := c.cachePath(id); p != "" {
			t.Errorf("cachePath(%q) = %q", id, p)
		}
	}
}

func newPlainServer(t *testing.T, h http.Handler) string {
	s := httptest.NewServer(h)
	t.Cleanup(s.Close)
	return s.URL
}
