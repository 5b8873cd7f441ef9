// Package textclass identifies license texts with
// github.com/google/licenseclassifier/v2 and its embedded corpus of
// license texts (the assets package, about 4.8 MB of texts compiled into
// the binary). It implements license.TextClassifier.
//
// Building the classifier indexes the corpus: about a second and 65 MB
// of retained heap, so a program builds one (or a Lazy one) and shares
// it. Classifying one license file takes milliseconds (about 6 ms for an
// MIT text, 20 ms for Apache-2.0 on an idle 2-core machine); 128 KiB of
// arbitrary text, the default size limit, about half a second.
package textclass

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"

	classifier "github.com/google/licenseclassifier/v2"
	"github.com/google/licenseclassifier/v2/assets"

	"github.com/krait-dev/krait/internal/license"
)

// Classifier wraps a licenseclassifier.Classifier. It is safe for
// concurrent use: calls are serialised, because the library does not
// document that matching is.
type Classifier struct {
	mu    sync.Mutex
	c     *classifier.Classifier
	names map[string]string
	ref   *regexp.Regexp
}

// New loads the embedded corpus. The library reports candidates from a
// confidence of 0.8; license.Detector applies its own threshold
// (license.DefaultMinConfidence).
func New() (*Classifier, error) {
	c, err := assets.DefaultClassifier()
	if err != nil {
		return nil, fmt.Errorf("load license corpus: %w", err)
	}
	return &Classifier{c: c, names: nameTable(), ref: mustRef()}, nil
}

// Lazy is a license.TextClassifier that loads the corpus on its first
// use, so a run that never meets a license text does not pay for it
// (about a second and 65 MB of heap). It is safe for concurrent use.
type Lazy struct {
	once sync.Once
	c    *Classifier
	err  error
}

// NewLazy returns a Lazy classifier.
func NewLazy() *Lazy { return &Lazy{} }

// Classify loads the corpus if needed and classifies text; a failure to
// load is returned by every call.
func (l *Lazy) Classify(ctx context.Context, text []byte) ([]license.TextMatch, error) {
	l.once.Do(func() { l.c, l.err = New() })
	if l.err != nil {
		return nil, l.err
	}
	return l.c.Classify(ctx, text)
}

// Classify returns the licenses found in text: full license texts and
// license headers (notices such as "Licensed under the Apache License"),
// not copyright lines. A panic in the library is returned as an error.
func (c *Classifier) Classify(ctx context.Context, text []byte) (out []license.TextMatch, err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("licenseclassifier: panic: %v", r)
		}
	}()
	res := c.c.Match(text)
	for _, m := range res.Matches {
		if m.MatchType != "License" && m.MatchType != "Header" {
			continue
		}
		out = append(out, license.TextMatch{
			Expression: c.SPDX(m.Name),
			Name:       m.Name,
			Confidence: m.Confidence,
			StartLine:  m.StartLine,
			EndLine:    m.EndLine,
		})
	}
	return out, nil
}

// SPDX maps a licenseclassifier license name to an SPDX expression:
// through krait's table for names that are not SPDX ids, through
// license.NormalizeExpression for those that are (which upgrades the
// corpus's GPL-2.0 to GPL-2.0-only: a license text alone does not say
// "or later"), and otherwise to LicenseRef-licenseclassifier-NAME.
func (c *Classifier) SPDX(name string) string {
	if s, ok := c.names[name]; ok {
		return s
	}
	if e, _, err := license.NormalizeExpression(name); err == nil {
		return e.String()
	}
	return "LicenseRef-licenseclassifier-" + strings.Trim(c.ref.ReplaceAllString(name, "-"), "-")
}

func mustRef() *regexp.Regexp { return regexp.MustCompile(`[^A-Za-z0-9.-]+`) }

// nameTable maps the corpus names that are not SPDX ids, written for
// krait from the texts in the corpus.
func nameTable() map[string]string {
	return map[string]string{
		"Apache-with-LLVM-Exception":         "Apache-2.0 WITH LLVM-exception",
		"Apache-with-Runtime-Exception":      "Apache-2.0 WITH Swift-exception",
		"BSD-0-Clause":                       "0BSD",
		"BSD-3-Clause-OpenMPI":               "BSD-3-Clause-Open-MPI",
		"Business-Source-License-1.1":        "BUSL-1.1",
		"CERN-OHL-WR-v2":                     "CERN-OHL-W-2.0",
		"CERN-OHL-v1.2":                      "CERN-OHL-1.2",
		"Commons-Clause":                     "LicenseRef-krait-commons-clause",
		"GNU-All-permissive-Copying-License": "FSFAP",
		"GPL-3.0-with-bison-exception":       "GPL-3.0-or-later WITH Bison-exception-2.2",
		"JasPer":                             "JasPer-2.0",
		"SQLite":                             "blessing",
		"bzip2":                              "bzip2-1.0.6",
		"Python-2.0-complete":                "Python-2.0",
		"USGovernment":                       "LicenseRef-krait-us-government",
		"wxWindows-3.1":                      "LGPL-2.0-or-later WITH WxWindows-exception-3.1",
	}
}
