// Package httpclient is the one place krait's product code builds an
// *http.Client. Every client it returns has timeouts, sends the User-Agent
// "krait/<version>", takes proxies from the environment (HTTPS_PROXY,
// HTTP_PROXY, NO_PROXY), retries transient failures with exponential
// backoff and jitter (honouring Retry-After), and, in offline mode, refuses
// every request with an *OfflineError.
//
// The base transport is a clone of http.DefaultTransport when that is an
// *http.Transport, so a test binary that replaces http.DefaultTransport
// (internal/testutil/nonet does, in TestMain) guards every client built
// here as well.
package httpclient

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"time"
)

// Defaults used when the corresponding Options field is zero.
const (
	DefaultTimeout     = 2 * time.Minute
	DefaultMaxAttempts = 4
	DefaultBaseDelay   = 500 * time.Millisecond
	DefaultMaxDelay    = 30 * time.Second
)

// Options configures New. The zero value is usable: version "devel",
// default timeouts, four attempts.
type Options struct {
	// Version is krait's version, sent as "krait/<Version>"; "devel" when
	// empty.
	Version string
	// Timeout bounds one whole exchange (all attempts and reading the
	// body); DefaultTimeout when zero, none when negative.
	Timeout time.Duration
	// MaxAttempts bounds the attempts per request (1 = no retries);
	// DefaultMaxAttempts when zero.
	MaxAttempts int
	// BaseDelay is the backoff before the first retry, doubled for each
	// further one; DefaultBaseDelay when zero.
	BaseDelay time.Duration
	// MaxDelay caps one backoff. A Retry-After longer than MaxDelay is not
	// waited for: the response is returned as it is. DefaultMaxDelay when
	// zero.
	MaxDelay time.Duration
	// Offline makes every request fail with an *OfflineError.
	Offline bool
	// Proxy selects the proxy of a request; http.ProxyFromEnvironment
	// when nil.
	Proxy func(*http.Request) (*url.URL, error)
	// DialContext, when set, replaces the base transport's dialer.
	DialContext func(ctx context.Context, network, addr string) (net.Conn, error)
	// Transport, when set, is used as the base transport instead of a
	// clone of http.DefaultTransport (Proxy and DialContext are then
	// ignored). Tests use it to count or fail attempts.
	Transport http.RoundTripper
}

// UserAgent returns the User-Agent krait sends: "krait/<version>".
func UserAgent(version string) string {
	if version == "" {
		version = "devel"
	}
	return "krait/" + version
}

// New returns an *http.Client configured by opts.
func New(opts Options) *http.Client {
	timeout := opts.Timeout
	if timeout == 0 {
		timeout = DefaultTimeout
	}
	if timeout < 0 {
		timeout = 0
	}
	var rt http.RoundTripper
	if opts.Offline {
		rt = offlineTransport{}
	} else {
		base := opts.Transport
		if base == nil {
			base = newBaseTransport(opts)
		}
		rt = NewRetryTransport(base, RetryPolicy{
			MaxAttempts: opts.MaxAttempts,
			BaseDelay:   opts.BaseDelay,
			MaxDelay:    opts.MaxDelay,
		})
	}
	return &http.Client{
		Transport: &userAgentTransport{base: rt, ua: UserAgent(opts.Version)},
		Timeout:   timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 10 {
				return fmt.Errorf("%s: stopped after 10 redirects", via[0].URL.Redacted())
			}
			if req.URL.Scheme != "https" && req.URL.Scheme != "http" {
				return fmt.Errorf("%s: refusing redirect to %s", via[0].URL.Redacted(), req.URL.Redacted())
			}
			return nil
		},
	}
}

// newBaseTransport clones http.DefaultTransport (or builds an equivalent)
// and sets krait's timeouts, proxy and dialer.
func newBaseTransport(opts Options) *http.Transport {
	var t *http.Transport
	if dt, ok := http.DefaultTransport.(*http.Transport); ok {
		t = dt.Clone()
	} else {
		d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
		t = &http.Transport{
			DialContext:       d.DialContext,
			ForceAttemptHTTP2: true,
			MaxIdleConns:      100,
		}
	}
	if opts.Proxy != nil {
		t.Proxy = opts.Proxy
	} else if t.Proxy == nil {
		t.Proxy = http.ProxyFromEnvironment
	}
	if opts.DialContext != nil {
		t.DialContext = opts.DialContext
	}
	t.TLSHandshakeTimeout = 10 * time.Second
	t.ResponseHeaderTimeout = 60 * time.Second
	t.ExpectContinueTimeout = time.Second
	t.IdleConnTimeout = 90 * time.Second
	t.MaxIdleConnsPerHost = 16
	return t
}

// userAgentTransport sets the User-Agent header of requests that have none.
type userAgentTransport struct {
	base http.RoundTripper
	ua   string
}

// RoundTrip implements http.RoundTripper.
func (t *userAgentTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Header.Get("User-Agent") == "" {
		req = req.Clone(req.Context())
		req.Header.Set("User-Agent", t.ua)
	}
	return t.base.RoundTrip(req)
}

// OfflineError is the error of every request made by an offline client.
type OfflineError struct {
	Host string // the host that was not contacted
}

// Error implements error.
func (e *OfflineError) Error() string {
	return "--offline: refusing to contact " + e.Host
}

// IsOffline reports whether err is, or wraps, an *OfflineError.
func IsOffline(err error) bool {
	var oe *OfflineError
	return errors.As(err, &oe)
}

// offlineTransport refuses every request.
type offlineTransport struct{}

// RoundTrip implements http.RoundTripper.
func (offlineTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		req.Body.Close()
	}
	host := ""
	if req.URL != nil {
		host = req.URL.Host
	}
	return nil, &OfflineError{Host: host}
}

// TooLargeError reports a response body over the limit given to ReadBody.
type TooLargeError struct {
	URL   string
	Limit int64
}

// Error implements error.
func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s: response larger than %d bytes", e.URL, e.Limit)
}

// ReadBody reads and closes resp.Body, failing with a *TooLargeError when
// it holds more than limit bytes (or its Content-Length says so). Errors
// name the request's URL.
func ReadBody(resp *http.Response, limit int64) ([]byte, error) {
	defer resp.Body.Close()
	u := ""
	if resp.Request != nil && resp.Request.URL != nil {
		u = resp.Request.URL.Redacted()
	}
	if resp.ContentLength > limit {
		return nil, &TooLargeError{URL: u, Limit: limit}
	}
	b, err := ReadLimited(resp.Body, limit)
	if err != nil {
		var tl *TooLargeError
		if errors.As(err, &tl) {
			tl.URL = u
			return nil, tl
		}
		return nil, fmt.Errorf("%s: reading response: %w", u, err)
	}
	return b, nil
}

// ReadLimited reads r to the end, failing with a *TooLargeError (whose URL
// is empty) when it holds more than limit bytes.
func ReadLimited(r io.Reader, limit int64) ([]byte, error) {
	if limit < 0 {
		limit = 0
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, &TooLargeError{Limit: limit}
	}
	return b, nil
}
