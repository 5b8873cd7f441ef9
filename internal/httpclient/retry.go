package httpclient

import (
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// RetryPolicy configures NewRetryTransport. Zero fields take the Default*
// constants of this package.
type RetryPolicy struct {
	MaxAttempts int           // attempts per request, including the first
	BaseDelay   time.Duration // backoff before the first retry; doubled for each further one
	MaxDelay    time.Duration // cap of one backoff; a longer Retry-After is not waited for
}

func (p RetryPolicy) withDefaults() RetryPolicy {
	if p.MaxAttempts <= 0 {
		p.MaxAttempts = DefaultMaxAttempts
	}
	if p.BaseDelay <= 0 {
		p.BaseDelay = DefaultBaseDelay
	}
	if p.MaxDelay <= 0 {
		p.MaxDelay = DefaultMaxDelay
	}
	return p
}

// NewRetryTransport returns a RoundTripper that sends requests through
// base and retries idempotent ones (GET, HEAD, OPTIONS, TRACE, PUT,
// DELETE; a request with a body only when it has GetBody) after a 408, 429,
// 500, 502, 503 or 504 response or a transient network error (timeout,
// connection reset, refused or aborted, unexpected EOF, temporary DNS
// failure). The wait is exponential with jitter, or the response's
// Retry-After when it has one; a Retry-After beyond MaxDelay ends the
// retries and the response is returned as it is. Cancelling the request's
// context stops the wait at once.
func NewRetryTransport(base http.RoundTripper, p RetryPolicy) http.RoundTripper {
	return &retryTransport{base: base, p: p.withDefaults()}
}

type retryTransport struct {
	base http.RoundTripper
	p    RetryPolicy
}

// RoundTrip implements http.RoundTripper.
func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	hasBody := req.Body != nil && req.Body != http.NoBody
	for attempt := 1; ; attempt++ {
		r := req
		if attempt > 1 && hasBody {
			body, err := req.GetBody()
			if err != nil {
				return nil, err
			}
			r = req.Clone(ctx)
			r.Body = body
		}
		resp, err := t.base.RoundTrip(r)
		if attempt >= t.p.MaxAttempts || !canRetry(req, hasBody) || ctx.Err() != nil {
			return resp, err
		}
		if err != nil {
			if !transientError(err) {
				return nil, err
			}
		} else if !retryStatus(resp.StatusCode) {
			return resp, nil
		}
		wait := backoff(t.p, attempt)
		if resp != nil {
			if ra, ok := retryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
				if ra > t.p.MaxDelay {
					return resp, nil
				}
				wait = ra
			}
			// Drain a little so the connection can be reused, then close.
			_, _ = io.CopyN(io.Discard, resp.Body, 64<<10)
			resp.Body.Close()
		}
		if err := sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// canRetry reports whether req may be sent again.
func canRetry(req *http.Request, hasBody bool) bool {
	switch req.Method {
	case "", http.MethodGet, http.MethodHead, http.MethodOptions, http.MethodTrace, http.MethodPut, http.MethodDelete:
	default:
		return false
	}
	return !hasBody || req.GetBody != nil
}

// retryStatus reports whether a response status is worth retrying.
func retryStatus(code int) bool {
	switch code {
	case http.StatusRequestTimeout, http.StatusTooManyRequests,
		http.StatusInternalServerError, http.StatusBadGateway,
		http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// transientError reports whether err is a network failure that may go
// away on its own.
func transientError(err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || IsOffline(err) {
		return false
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, syscall.ECONNABORTED) || errors.Is(err, syscall.EPIPE) {
		return true
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return dns.IsTemporary || dns.IsTimeout
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// backoff returns the jittered exponential wait after the given attempt:
// a uniform draw in [d/2, d] where d = BaseDelay·2^(attempt-1), capped at
// MaxDelay.
func backoff(p RetryPolicy, attempt int) time.Duration {
	d := p.BaseDelay
	for i := 1; i < attempt && d < p.MaxDelay; i++ {
		d *= 2
	}
	if d > p.MaxDelay {
		d = p.MaxDelay
	}
	half := d / 2
	return half + rand.N(d-half+1)
}

// retryAfter parses a Retry-After value: delay seconds or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n < 0 {
			return 0, false
		}
		if n > int64(365*24*time.Hour/time.Second) {
			n = int64(365 * 24 * time.Hour / time.Second)
		}
		return time.Duration(n) * time.Second, true
	}
	if at, err := http.ParseTime(v); err == nil {
		d := at.Sub(now)
		if d < 0 {
			d = 0
		}
		return d, true
	}
	return 0, false
}

// sleep waits for d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return nil
	}
}
