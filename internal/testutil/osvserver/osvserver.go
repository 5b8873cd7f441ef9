// Package osvserver is a local stand-in for the OSV service in tests: an
// httptest server answering the OSV API (POST /v1/query, POST
// /v1/querybatch, GET /v1/vulns/{id}) and the bulk export
// (GET /PyPI/all.zip) in the real response formats, from fixture records,
// with fault injection (delays, error statuses on chosen requests,
// truncated archives, malformed records).
//
// Version matching is deliberately simple: a query with a version matches
// an advisory whose PyPI affected entry for that name lists the version in
// "versions" (OSV's exports enumerate them); a query without a version
// matches every advisory of the name. Range evaluation is package osv's
// job, not the stand-in's.
package osvserver

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/deps/osv"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// MaxBatch is the most queries one querybatch request may carry, as on
// api.osv.dev.
const MaxBatch = 1000

// Options select paging and faults. They can be changed while the server
// runs with SetOptions.
type Options struct {
	// PageSize is the most advisories one result of /v1/query or
	// /v1/querybatch carries before a next_page_token; 0 means no paging.
	PageSize int
	// Delay holds every response back (until the client gives up, if
	// sooner).
	Delay time.Duration
	// Faults answers the n-th request (1-based, counted over all paths)
	// with the given HTTP status and an OSV-style error body instead of
	// serving it (500, 503, 429, …).
	Faults map[int]int
	// RetryAfter is the Retry-After header sent with injected 429 and 503
	// answers ("" sends none).
	RetryAfter string
	// TruncateZip serves all.zip cut to half its length.
	TruncateZip bool
	// Malformed lists advisory ids whose /v1/vulns/{id} answer and all.zip
	// entry are not valid JSON.
	Malformed []string
	// ZipExtra adds entries to all.zip as they are (malformed records,
	// hostile names).
	ZipExtra map[string][]byte
	// LastModified is the Last-Modified time of all.zip (zero: the
	// server's start time).
	LastModified time.Time
}

// Server is a running stand-in. Its URL (from the embedded
// httptest.Server) is the base URL of both the API and the bulk export.
type Server struct {
	*httptest.Server

	mu      sync.Mutex
	opts    Options
	recs    map[string]*record
	ids     []string // sorted
	n       int
	log     []string
	started time.Time
}

type record struct {
	raw []byte
	v   *osv.Vulnerability
}

// New starts a server serving records (OSV JSON, one record each) and
// closes it when the test ends. A record that does not parse fails the
// test; use Options.ZipExtra or Options.Malformed for broken data.
func New(t testing.TB, records [][]byte, opts Options) *Server {
	t.Helper()
	s := &Server{recs: map[string]*record{}, opts: opts, started: time.Now().UTC().Truncate(time.Second)}
	for i, raw := range records {
		v, err := osv.Parse(raw)
		if err != nil {
			t.Fatalf("osvserver: record %d: %v", i, err)
		}
		s.recs[v.ID] = &record{raw: raw, v: v}
		s.ids = append(s.ids, v.ID)
	}
	sort.Strings(s.ids)
	s.ids = slices.Compact(s.ids)
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/query", s.query)
	mux.HandleFunc("POST /v1/querybatch", s.queryBatch)
	mux.HandleFunc("GET /v1/vulns/{id}", s.vuln)
	mux.HandleFunc("GET /PyPI/all.zip", s.allZip)
	s.Server = httptest.NewServer(s.wrap(mux))
	t.Cleanup(s.Close)
	return s
}

// LoadDir reads every *.json file of dir (sorted by name), for New.
func LoadDir(t testing.TB, dir string) [][]byte {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	var out [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// Fixtures returns the stand-in's own fixture records (testdata/*.json
// of this package: advisories of requests, foo-bar and a MAL- advisory of
// evil-pkg), for tests of other packages.
func Fixtures(t testing.TB) [][]byte {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("osvserver: cannot locate the fixtures")
	}
	return LoadDir(t, filepath.Join(filepath.Dir(file), "testdata"))
}

// SetOptions replaces the options; the request count is kept, so Faults
// keys continue to count from the server's start.
func (s *Server) SetOptions(o Options) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.opts = o
}

// Requests returns the number of requests served so far.
func (s *Server) Requests() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.n
}

// Log returns "METHOD /path" for every request so far, in arrival order.
func (s *Server) Log() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.log)
}

// Count returns how many requests had the given "METHOD /path" prefix.
func (s *Server) Count(prefix string) int {
	n := 0
	for _, l := range s.Log() {
		if strings.HasPrefix(l, prefix) {
			n++
		}
	}
	return n
}

// ZipURL returns the URL of the bulk export (all.zip) served by s.
func (s *Server) ZipURL() string { return s.URL + "/PyPI/all.zip" }

func (s *Server) options() Options {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.opts
}

// wrap counts and logs requests and injects delays and faults.
func (s *Server) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.n++
		n := s.n
		s.log = append(s.log, r.Method+" "+r.URL.Path)
		opts := s.opts
		s.mu.Unlock()
		if opts.Delay > 0 {
			select {
			case <-time.After(opts.Delay):
			case <-r.Context().Done():
				return
			}
		}
		if code, ok := opts.Faults[n]; ok {
			if (code == http.StatusTooManyRequests || code == http.StatusServiceUnavailable) && opts.RetryAfter != "" {
				w.Header().Set("Retry-After", opts.RetryAfter)
			}
			writeError(w, code, fmt.Sprintf("injected fault on request %d", n))
			return
		}
		h.ServeHTTP(w, r)
	})
}

// writeError answers like the OSV API's gRPC gateway.
func writeError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]any{"code": grpcCode(code), "message": msg})
}

func grpcCode(status int) int {
	switch status {
	case http.StatusBadRequest:
		return 3
	case http.StatusNotFound:
		return 5
	case http.StatusTooManyRequests:
		return 8
	case http.StatusServiceUnavailable:
		return 14
	}
	return 13
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

type pkgQuery struct {
	Package struct {
		Name      string `json:"name"`
		Ecosystem string `json:"ecosystem"`
		PURL      string `json:"purl"`
	} `json:"package"`
	Version   string `json:"version"`
	Commit    string `json:"commit"`
	PageToken string `json:"page_token"`
}

// match returns the sorted ids answering q.
func (s *Server) match(q pkgQuery) []string {
	name := pep503.Normalize(q.Package.Name)
	var out []string
	for _, id := range s.ids {
		v := s.recs[id].v
		for _, a := range v.Affected {
			if a.Package.Ecosystem != osv.EcosystemPyPI || pep503.Normalize(a.Package.Name) != name {
				continue
			}
			if q.Version == "" || slices.Contains(a.Versions, q.Version) {
				out = append(out, id)
				break
			}
		}
	}
	return out
}

// page cuts ids to one page after token; it returns the next token ("" at
// the end) or ok=false for a token it never issued.
func page(ids []string, token string, size int) (out []string, next string, ok bool) {
	off := 0
	if token != "" {
		rest, found := strings.CutPrefix(token, "page:")
		n, err := strconv.Atoi(rest)
		if !found || err != nil || n < 0 || n > len(ids) {
			return nil, "", false
		}
		off = n
	}
	ids = ids[off:]
	if size > 0 && len(ids) > size {
		return ids[:size], "page:" + strconv.Itoa(off+size), true
	}
	return ids, "", true
}

func (s *Server) checkQuery(q pkgQuery) string {
	if q.Package.Name == "" && q.Package.PURL == "" && q.Commit == "" {
		return "package name, purl or commit required"
	}
	if q.Package.Name != "" && q.Package.Ecosystem == "" {
		return "ecosystem required with a package name"
	}
	return ""
}

func (s *Server) query(w http.ResponseWriter, r *http.Request) {
	var q pkgQuery
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&q); err != nil {
		writeError(w, http.StatusBadRequest, "invalid JSON: "+err.Error())
		return
	}
	if msg := s.checkQuery(q); msg != "" {
		writeError(w, http.StatusBadRequest, msg)
		return
	}
	ids, next, ok := page(s.match(q), q.PageToken, s.options().PageSize)
	if !ok {
		writeError(w, http.StatusBadRequest, "invalid page token")
		return
	}
	resp := struct {
		Vulns         []json.RawMessage `json:"vulns,omitempty"`
		NextPageToken string            `json:"next_page_token,omitempty"`
	}{NextPageToken: next}
	for _, id := range ids {
		resp.Vulns = append(resp.Vulns, json.RawMessage(s.recs[id].raw))
	}
	writeJSON(w, resp)
}

// BatchResult is one entry of a querybatch answer, exported for tests
// that decode answers themselves.
type BatchResult struct {
	Vulns []struct {
		ID       string `json:"id"`
		Modified string `json:"modified"`
	} `json:"vulns,omitempty"`
	NextPageToken string `json:"next_page_token,omitempty"`
}

func (s *Server) queryBatch(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Queries []pkgQuery `json:"queries"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 32<<20)).Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "invalid JSON: "+err.Error())
		return
	}
	if len(req.Queries) > MaxBatch {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("too many queries: %d (at most %d)", len(req.Queries), MaxBatch))
		return
	}
	size := s.options().PageSize
	resp := struct {
		Results []BatchResult `json:"results"`
	}{Results: make([]BatchResult, len(req.Queries))}
	for i, q := range req.Queries {
		if msg := s.checkQuery(q); msg != "" {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("query %d: %s", i, msg))
			return
		}
		ids, next, ok := page(s.match(q), q.PageToken, size)
		if !ok {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("query %d: invalid page token", i))
			return
		}
		res := &resp.Results[i]
		res.NextPageToken = next
		for _, id := range ids {
			res.Vulns = append(res.Vulns, struct {
				ID       string `json:"id"`
				Modified string `json:"modified"`
			}{id, s.recs[id].v.Modified.UTC().Format(time.RFC3339Nano)})
		}
	}
	writeJSON(w, resp)
}

func (s *Server) vuln(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	rec, ok := s.recs[id]
	if !ok {
		writeError(w, http.StatusNotFound, "Bug not found.")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if slices.Contains(s.options().Malformed, id) {
		w.Write(rec.raw[:len(rec.raw)/2])
		return
	}
	w.Write(rec.raw)
}

// Zip returns the bulk export all.zip would serve now (before
// truncation): one <ID>.json per record at the root, then Options.ZipExtra.
func (s *Server) Zip() []byte {
	opts := s.options()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	mod := opts.LastModified
	if mod.IsZero() {
		mod = s.started
	}
	add := func(name string, data []byte) {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: mod})
		if err == nil {
			f.Write(data)
		}
	}
	for _, id := range s.ids {
		data := s.recs[id].raw
		if slices.Contains(opts.Malformed, id) {
			data = data[:len(data)/2]
		}
		add(id+".json", data)
	}
	extra := make([]string, 0, len(opts.ZipExtra))
	for name := range opts.ZipExtra {
		extra = append(extra, name)
	}
	sort.Strings(extra)
	for _, name := range extra {
		add(name, opts.ZipExtra[name])
	}
	zw.Close()
	return buf.Bytes()
}

func (s *Server) allZip(w http.ResponseWriter, r *http.Request) {
	opts := s.options()
	data := s.Zip()
	sum := sha256.Sum256(data)
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	mod := opts.LastModified
	if mod.IsZero() {
		mod = s.started
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", mod.UTC().Format(http.TimeFormat))
	if inm := r.Header.Get("If-None-Match"); inm != "" && inm == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if opts.TruncateZip {
		data = data[:len(data)/2]
	}
	w.Header().Set("Content-Type", "application/zip")
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.Write(data)
}
