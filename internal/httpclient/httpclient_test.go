package httpclient

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/testutil/nonet"
)

func TestMain(m *testing.M) { nonet.Main(m) }

// fast returns options with tiny backoffs.
func fast() Options {
	return Options{Version: "1.2.3", BaseDelay: time.Millisecond, MaxDelay: 50 * time.Millisecond, Timeout: 10 * time.Second}
}

func get(t *testing.T, c *http.Client, u string) (*http.Response, error) {
	t.Helper()
	req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c.Do(req)
}

func TestUserAgent(t *testing.T) {
	var ua atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.Header.Get("User-Agent"))
	}))
	defer srv.Close()
	resp, err := get(t, New(fast()), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := ua.Load(); got != "krait/1.2.3" {
		t.Errorf("User-Agent %q, want krait/1.2.3", got)
	}
	if got := UserAgent(""); got != "krait/devel" {
		t.Errorf("UserAgent(\"\") = %q", got)
	}
}

func TestRetryThenSuccess(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch n.Add(1) {
		case 1:
			w.WriteHeader(http.StatusServiceUnavailable)
		case 2:
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusTooManyRequests)
		default:
			io.WriteString(w, "ok")
		}
	}))
	defer srv.Close()
	resp, err := get(t, New(fast()), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := ReadBody(resp, 100)
	if resp.StatusCode != 200 || string(b) != "ok" || n.Load() != 3 {
		t.Errorf("status %d body %q after %d attempts", resp.StatusCode, b, n.Load())
	}
}

func TestRetryBounded(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		w.WriteHeader(http.StatusBadGateway)
	}))
	defer srv.Close()
	opts := fast()
	opts.MaxAttempts = 3
	resp, err := get(t, New(opts), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadGateway || n.Load() != 3 {
		t.Errorf("status %d after %d attempts, want 502 after 3", resp.StatusCode, n.Load())
	}
}

func TestNoRetry(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		if r.Method == http.MethodPost {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusNotFound)
	}))
	defer srv.Close()
	c := New(fast())
	resp, err := get(t, c, srv.URL) // 404 is final
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	resp, err = c.Post(srv.URL, "text/plain", strings.NewReader("x")) // POST is not idempotent
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if n.Load() != 2 {
		t.Errorf("%d attempts, want 2 (no retries)", n.Load())
	}
}

func TestLongRetryAfterNotWaited(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
	start := time.Now()
	resp, err := get(t, New(fast()), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 429 || n.Load() != 1 || time.Since(start) > 5*time.Second {
		t.Errorf("status %d after %d attempts in %v", resp.StatusCode, n.Load(), time.Since(start))
	}
}

func TestRetryAfterHonoured(t *testing.T) {
	var n atomic.Int32
	var first time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			first = time.Now()
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		if d := time.Since(first); d < 900*time.Millisecond {
			t.Errorf("retried after %v, before Retry-After", d)
		}
	}))
	defer srv.Close()
	opts := fast()
	opts.MaxDelay = 5 * time.Second
	resp, err := get(t, New(opts), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || n.Load() != 2 {
		t.Errorf("status %d after %d attempts", resp.StatusCode, n.Load())
	}
}

func TestContextCancelsWait(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "20")
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	opts := fast()
	opts.MaxDelay = time.Minute
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL, nil)
	start := time.Now()
	_, err := New(opts).Do(req)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want deadline exceeded", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v despite the cancelled context", d)
	}
}

func TestTransientErrorRetried(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close() // the client sees EOF
			}
			return
		}
		io.WriteString(w, "ok")
	}))
	defer srv.Close()
	opts := fast()
	// A fresh connection per request, so the hijacked one is not reused.
	opts.Transport = &http.Transport{DisableKeepAlives: true}
	resp, err := get(t, New(opts), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if n.Load() != 2 {
		t.Errorf("%d attempts, want 2", n.Load())
	}
}

func TestOffline(t *testing.T) {
	opts := fast()
	opts.Offline = true
	_, err := get(t, New(opts), "https://pypi.org/pypi/requests/json")
	if !IsOffline(err) {
		t.Fatalf("err = %v, want an OfflineError", err)
	}
	if !strings.Contains(err.Error(), "--offline: refusing to contact pypi.org") {
		t.Errorf("err = %q", err)
	}
}

func TestProxyOption(t *testing.T) {
	// The proxy is a loopback server that answers for every host.
	var seen atomic.Value
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen.Store(r.URL.String())
		io.WriteString(w, "via proxy")
	}))
	defer proxy.Close()
	pu, _ := url.Parse(proxy.URL)
	opts := fast()
	opts.Proxy = http.ProxyURL(pu)
	resp, err := get(t, New(opts), "http://pypi.example/simple/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := ReadBody(resp, 100)
	if string(b) != "via proxy" || seen.Load() != "http://pypi.example/simple/" {
		t.Errorf("body %q, proxy saw %v", b, seen.Load())
	}
	if bt := newBaseTransport(Options{}); bt.Proxy == nil {
		t.Error("default transport has no proxy function (want the environment's)")
	}
}

func TestDialGuardOption(t *testing.T) {
	g := &nonet.Guard{}
	opts := fast()
	opts.DialContext = g.DialContext
	_, err := get(t, New(opts), "http://192.0.2.1/")
	var re *nonet.RefusedError
	if !errors.As(err, &re) {
		t.Fatalf("err = %v, want a refusal", err)
	}
	if r := g.Refused(); len(r) != 1 {
		t.Errorf("refused %q, want one dial (refusals are not retried)", r)
	}
}

func TestReadBody(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/chunked" {
			w.(http.Flusher).Flush()
		}
		io.WriteString(w, strings.Repeat("x", 1000))
	}))
	defer srv.Close()
	for _, p := range []string{"/len", "/chunked"} {
		resp, err := get(t, New(fast()), srv.URL+p)
		if err != nil {
			t.Fatal(err)
		}
		_, err = ReadBody(resp, 999)
		var tl *TooLargeError
		if !errors.As(err, &tl) || !strings.Contains(err.Error(), srv.URL+p) {
			t.Errorf("%s: err = %v, want TooLargeError naming the URL", p, err)
		}
		resp, _ = get(t, New(fast()), srv.URL+p)
		if b, err := ReadBody(resp, 1000); err != nil || len(b) != 1000 {
			t.Errorf("%s: %d bytes, %v", p, len(b), err)
		}
	}
}

func TestRetryAfterParse(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"5", 5 * time.Second, true},
		{" 0 ", 0, true},
		{"-1", 0, false},
		{"soon", 0, false},
		{"", 0, false},
		{"Thu, 01 Jan 2026 00:00:30 GMT", 30 * time.Second, true},
		{"Wed, 31 Dec 2025 23:00:00 GMT", 0, true},
		{"99999999999999999999", 0, false},
	} {
		got, ok := retryAfter(tc.in, now)
		if got != tc.want || ok != tc.ok {
			t.Errorf("retryAfter(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestBackoff(t *testing.T) {
	p := RetryPolicy{BaseDelay: 100 * time.Millisecond, MaxDelay: time.Second}.withDefaults()
	for attempt, max := range map[int]time.Duration{1: 100 * time.Millisecond, 2: 200 * time.Millisecond, 3: 400 * time.Millisecond, 10: time.Second, 100: time.Second} {
		for range 20 {
			d := backoff(p, attempt)
			if d < max/2 || d > max {
				t.Fatalf("backoff(%d) = %v, want in [%v, %v]", attempt, d, max/2, max)
			}
		}
	}
}

// TestBaseTransportInheritsGuard checks the design nonet relies on: a
// client built without options dials through whatever dialer
// http.DefaultTransport has, so a guard installed in TestMain covers it.
// (The test swaps in its own guard so that the refusal it provokes is not
// counted against the binary; it must not run in parallel.)
func TestBaseTransportInheritsGuard(t *testing.T) {
	g := &nonet.Guard{}
	restore := g.Install()
	defer restore()
	_, err := get(t, New(fast()), "https://192.0.2.1/simple/")
	var re *nonet.RefusedError
	if !errors.As(err, &re) {
		t.Fatalf("err = %v, want a refusal from the installed guard", err)
	}
	if r := g.Refused(); len(r) != 1 || r[0] != "tcp 192.0.2.1:443" {
		t.Errorf("refused %q", r)
	}
}
