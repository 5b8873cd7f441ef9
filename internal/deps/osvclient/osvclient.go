// Package osvclient queries the OSV API (https://google.github.io/osv.dev/api/)
// for the advisories of PyPI packages: POST /v1/querybatch for many
// (name, version) pairs at once, then GET /v1/vulns/{id} for every
// distinct advisory, in parallel and cached on disk by id and modification
// time, so a repeated audit only downloads what changed.
package osvclient

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/krait-dev/krait/internal/deps/osv"
)

// DefaultBaseURL is the public OSV API.
const DefaultBaseURL = "https://api.osv.dev"

// MaxBatch is the most queries the API accepts in one querybatch request.
const MaxBatch = 1000

// maxPages bounds the pages followed for one query, against a server that
// never stops paging.
const maxPages = 1000

// maxBody bounds every response body read.
const maxBody = 64 << 20

// Client is an OSV API client. The zero value uses DefaultBaseURL,
// http.DefaultClient, no cache and the defaults noted below. A Client is
// safe for concurrent use once configured.
type Client struct {
	// BaseURL is the API's base URL (DefaultBaseURL when empty), e.g. a
	// mirror or a test server.
	BaseURL string
	// HTTP sends the requests (http.DefaultClient when nil); its Timeout
	// is the per-request timeout.
	HTTP *http.Client
	// CacheDir holds fetched advisories as <id>.json; "" disables the
	// cache. A cached advisory is used when its modified time equals the
	// one querybatch reports.
	CacheDir string
	// Concurrency is how many advisories are fetched at once (default 8).
	Concurrency int
	// Retries is how often a request failing with 429, a 5xx status or a
	// network error is retried (default 4; negative: never).
	Retries int
	// Backoff is the wait before the first retry (default 500ms); it
	// doubles with each retry, with jitter, up to MaxBackoff (default
	// 30s). A Retry-After header (in seconds) lengthens the wait, still
	// capped by MaxBackoff.
	Backoff    time.Duration
	MaxBackoff time.Duration
	// BatchSize is the most queries per querybatch request (default and
	// at most MaxBatch).
	BatchSize int
	// UserAgent is sent with every request when set.
	UserAgent string
}

// Package is one query: a PyPI project and a version of it. An empty
// Version asks for every advisory of the project.
type Package struct {
	Name    string
	Version string
}

// HTTPError is an unsuccessful answer of the API.
type HTTPError struct {
	Method, URL string
	StatusCode  int
	// Message is the API's error message, or the start of the body.
	Message string
}

// Error names the request, the status and the API's message.
func (e *HTTPError) Error() string {
	msg := fmt.Sprintf("osv: %s %s: %d %s", e.Method, e.URL, e.StatusCode, http.StatusText(e.StatusCode))
	if e.Message != "" {
		msg += ": " + e.Message
	}
	return msg
}

func (c *Client) baseURL() string {
	return strings.TrimRight(cmp.Or(c.BaseURL, DefaultBaseURL), "/")
}

func (c *Client) httpClient() *http.Client {
	if c.HTTP != nil {
		return c.HTTP
	}
	return http.DefaultClient
}

func (c *Client) retries() int {
	switch {
	case c.Retries < 0:
		return 0
	case c.Retries == 0:
		return 4
	}
	return c.Retries
}

func (c *Client) batchSize() int {
	if c.BatchSize <= 0 || c.BatchSize > MaxBatch {
		return MaxBatch
	}
	return c.BatchSize
}

type queryPackage struct {
	Name      string `json:"name"`
	Ecosystem string `json:"ecosystem"`
}

type query struct {
	Package   queryPackage `json:"package"`
	Version   string       `json:"version,omitempty"`
	PageToken string       `json:"page_token,omitempty"`
}

type vulnRef struct {
	ID       string `json:"id"`
	Modified string `json:"modified"`
}

type batchResponse struct {
	Results []struct {
		Vulns         []vulnRef `json:"vulns"`
		NextPageToken string    `json:"next_page_token"`
	} `json:"results"`
}

// QueryBatch returns the advisories of every package, in the order of
// pkgs, each list sorted by id. Matching is the API's: the lists hold
// what OSV reports as affecting that version.
func (c *Client) QueryBatch(ctx context.Context, pkgs []Package) ([][]*osv.Vulnerability, error) {
	refs := make([][]vulnRef, len(pkgs))
	for start := 0; start < len(pkgs); start += c.batchSize() {
		end := min(start+c.batchSize(), len(pkgs))
		if err := c.batch(ctx, pkgs[start:end], refs[start:end]); err != nil {
			return nil, err
		}
	}
	// Distinct ids, with the latest modification reported for each.
	latest := map[string]string{}
	for _, rs := range refs {
		for _, r := range rs {
			if old, ok := latest[r.ID]; !ok || newer(r.Modified, old) {
				latest[r.ID] = r.Modified
			}
		}
	}
	vulns, err := c.fetchAll(ctx, latest)
	if err != nil {
		return nil, err
	}
	out := make([][]*osv.Vulnerability, len(pkgs))
	for i, rs := range refs {
		seen := map[string]bool{}
		for _, r := range rs {
			if !seen[r.ID] {
				seen[r.ID] = true
				out[i] = append(out[i], vulns[r.ID])
			}
		}
		slices.SortFunc(out[i], func(a, b *osv.Vulnerability) int { return strings.Compare(a.ID, b.ID) })
	}
	return out, nil
}

func newer(a, b string) bool {
	ta, err1 := time.Parse(time.RFC3339Nano, a)
	tb, err2 := time.Parse(time.RFC3339Nano, b)
	return err1 == nil && (err2 != nil || ta.After(tb))
}

// batch runs one querybatch request for pkgs (at most MaxBatch), then
// follow-up requests for the queries that returned a next_page_token,
// appending the ids found to refs.
func (c *Client) batch(ctx context.Context, pkgs []Package, refs [][]vulnRef) error {
	u := c.baseURL() + "/v1/querybatch"
	pending := make([]int, len(pkgs))
	for i := range pending {
		pending[i] = i
	}
	tokens := make([]string, len(pkgs))
	for page := 0; len(pending) > 0; page++ {
		if page == maxPages {
			return fmt.Errorf("osv: POST %s: more than %d pages of results", u, maxPages)
		}
		req := struct {
			Queries []query `json:"queries"`
		}{Queries: make([]query, len(pending))}
		for j, i := range pending {
			req.Queries[j] = query{
				Package:   queryPackage{Name: pkgs[i].Name, Ecosystem: osv.EcosystemPyPI},
				Version:   pkgs[i].Version,
				PageToken: tokens[i],
			}
		}
		var resp batchResponse
		if err := c.postJSON(ctx, u, req, &resp); err != nil {
			return err
		}
		if len(resp.Results) != len(pending) {
			return fmt.Errorf("osv: POST %s: %d results for %d queries", u, len(resp.Results), len(pending))
		}
		var next []int
		for j, i := range pending {
			res := resp.Results[j]
			for _, r := range res.Vulns {
				if r.ID == "" {
					return fmt.Errorf("osv: POST %s: a result without an id", u)
				}
				refs[i] = append(refs[i], r)
			}
			if res.NextPageToken != "" {
				if res.NextPageToken == tokens[i] {
					return fmt.Errorf("osv: POST %s: the same page token twice", u)
				}
				tokens[i] = res.NextPageToken
				next = append(next, i)
			}
		}
		pending = next
	}
	return nil
}

// Query returns the advisories of one package version (every advisory of
// the project when version is empty), sorted by id, from POST /v1/query,
// following its pages. Fetched records also refresh the cache.
func (c *Client) Query(ctx context.Context, name, version string) ([]*osv.Vulnerability, error) {
	u := c.baseURL() + "/v1/query"
	q := query{Package: queryPackage{Name: name, Ecosystem: osv.EcosystemPyPI}, Version: version}
	byID := map[string]*osv.Vulnerability{}
	for page := 0; ; page++ {
		if page == maxPages {
			return nil, fmt.Errorf("osv: POST %s: more than %d pages of results", u, maxPages)
		}
		var resp struct {
			Vulns         []json.RawMessage `json:"vulns"`
			NextPageToken string            `json:"next_page_token"`
		}
		if err := c.postJSON(ctx, u, q, &resp); err != nil {
			return nil, err
		}
		for _, raw := range resp.Vulns {
			v, err := osv.Parse(raw)
			if err != nil {
				return nil, fmt.Errorf("osv: POST %s: %w", u, err)
			}
			byID[v.ID] = v
			c.storeCache(v.ID, raw)
		}
		if resp.NextPageToken == "" {
			break
		}
		if resp.NextPageToken == q.PageToken {
			return nil, fmt.Errorf("osv: POST %s: the same page token twice", u)
		}
		q.PageToken = resp.NextPageToken
	}
	out := make([]*osv.Vulnerability, 0, len(byID))
	for _, v := range byID {
		out = append(out, v)
	}
	slices.SortFunc(out, func(a, b *osv.Vulnerability) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

// Get returns one advisory by id from GET /v1/vulns/{id}, bypassing the
// cache (and refreshing it).
func (c *Client) Get(ctx context.Context, id string) (*osv.Vulnerability, error) {
	u := c.baseURL() + "/v1/vulns/" + url.PathEscape(id)
	body, err := c.do(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	v, err := osv.Parse(body)
	if err != nil {
		return nil, fmt.Errorf("osv: GET %s: %w", u, err)
	}
	if v.ID != id {
		return nil, fmt.Errorf("osv: GET %s: the answer is advisory %q", u, v.ID)
	}
	c.storeCache(id, body)
	return v, nil
}

// fetchAll returns the advisories of ids (id → modified as querybatch
// reported it), from the cache where it is current, else from the API,
// Concurrency at a time.
func (c *Client) fetchAll(ctx context.Context, ids map[string]string) (map[string]*osv.Vulnerability, error) {
	out := make(map[string]*osv.Vulnerability, len(ids))
	var mu sync.Mutex
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(cmp.Or(max(c.Concurrency, 0), 8))
	keys := make([]string, 0, len(ids))
	for id := range ids {
		keys = append(keys, id)
	}
	slices.Sort(keys)
	for _, id := range keys {
		g.Go(func() error {
			v := c.loadCache(id, ids[id])
			if v == nil {
				var err error
				if v, err = c.Get(gctx, id); err != nil {
					return err
				}
			}
			mu.Lock()
			out[id] = v
			mu.Unlock()
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return out, nil
}

// cachePath returns the cache file of id, or "" when there is no cache or
// id is not a plain file name.
func (c *Client) cachePath(id string) string {
	if c.CacheDir == "" || id == "" || len(id) > 200 || id[0] == '.' {
		return ""
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return ""
		}
	}
	return filepath.Join(c.CacheDir, id+".json")
}

// loadCache returns the cached advisory id if its modified time is
// modified, else nil (a missing or damaged file is just a miss).
func (c *Client) loadCache(id, modified string) *osv.Vulnerability {
	p := c.cachePath(id)
	if p == "" || modified == "" {
		return nil
	}
	want, err := time.Parse(time.RFC3339Nano, modified)
	if err != nil {
		return nil
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil
	}
	v, err := osv.Parse(data)
	if err != nil || v.ID != id || !v.Modified.Equal(want) {
		return nil
	}
	return v
}

// storeCache writes a fetched record to the cache; failures only cost a
// later download, so they are ignored.
func (c *Client) storeCache(id string, data []byte) {
	p := c.cachePath(id)
	if p == "" {
		return
	}
	if err := os.MkdirAll(c.CacheDir, 0o755); err != nil {
		return
	}
	f, err := os.CreateTemp(c.CacheDir, ".tmp-*")
	if err != nil {
		return
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), p)
	}
	if err != nil {
		os.Remove(f.Name())
	}
}

func (c *Client) postJSON(ctx context.Context, u string, req, resp any) error {
	body, err := json.Marshal(req)
	if err != nil {
		return fmt.Errorf("osv: POST %s: %w", u, err)
	}
	data, err := c.do(ctx, http.MethodPost, u, body)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, resp); err != nil {
		return fmt.Errorf("osv: POST %s: bad answer: %w", u, err)
	}
	return nil
}

// do sends one request, retrying on 429, 5xx and network errors with
// exponential backoff, and returns the body of a 2xx answer.
func (c *Client) do(ctx context.Context, method, u string, body []byte) ([]byte, error) {
	backoff := cmp.Or(c.Backoff, 500*time.Millisecond)
	maxBackoff := cmp.Or(c.MaxBackoff, 30*time.Second)
	for attempt := 0; ; attempt++ {
		data, wait, err := c.once(ctx, method, u, body)
		if err == nil {
			return data, nil
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("osv: %s %s: %w", method, u, ctx.Err())
		}
		if wait < 0 || attempt >= c.retries() {
			if attempt > 0 {
				return nil, fmt.Errorf("%w (after %d attempts)", err, attempt+1)
			}
			return nil, err
		}
		d := backoff << min(attempt, 20)
		d += rand.N(d/2 + 1)
		d = min(max(d, wait), maxBackoff)
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("osv: %s %s: %w", method, u, ctx.Err())
		case <-t.C:
		}
	}
}

// once sends one request. wait is negative for an error not worth a retry,
// else the least wait the server asked for (Retry-After).
func (c *Client) once(ctx context.Context, method, u string, body []byte) (data []byte, wait time.Duration, err error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, u, rd)
	if err != nil {
		return nil, -1, fmt.Errorf("osv: %s %s: %w", method, u, err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Accept", "application/json")
	if c.UserAgent != "" {
		req.Header.Set("User-Agent", c.UserAgent)
	}
	resp, err := c.httpClient().Do(req)
	if err != nil {
		return nil, 0, fmt.Errorf("osv: %w", err) // *url.Error names method and URL
	}
	defer resp.Body.Close()
	data, err = io.ReadAll(io.LimitReader(resp.Body, maxBody+1))
	if err != nil {
		return nil, 0, fmt.Errorf("osv: %s %s: reading the answer: %w", method, u, err)
	}
	if len(data) > maxBody {
		return nil, -1, fmt.Errorf("osv: %s %s: answer larger than %d bytes", method, u, maxBody)
	}
	if resp.StatusCode/100 == 2 {
		return data, 0, nil
	}
	herr := &HTTPError{Method: method, URL: u, StatusCode: resp.StatusCode, Message: errorMessage(data)}
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
		return nil, retryAfter(resp.Header.Get("Retry-After")), herr
	}
	return nil, -1, herr
}

// retryAfter reads a Retry-After header given in seconds (an HTTP date is
// ignored: the backoff applies).
func retryAfter(h string) time.Duration {
	n, err := strconv.Atoi(strings.TrimSpace(h))
	if err != nil || n < 0 {
		return 0
	}
	return time.Duration(min(n, 3600)) * time.Second
}

// errorMessage extracts the message of an API error body.
func errorMessage(data []byte) string {
	var e struct {
		Message string `json:"message"`
	}
	if json.Unmarshal(data, &e) == nil && e.Message != "" {
		return e.Message
	}
	s := strings.TrimSpace(string(data))
	if len(s) > 200 {
		s = strings.ToValidUTF8(s[:200], "") + "…"
	}
	return s
}
