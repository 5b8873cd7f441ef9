package config

import (
	"fmt"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"
)

// Deps is the configuration of the dependency audit ([tool.krait.deps]).
type Deps struct {
	// Ignores lists advisories not reported, each with its reason.
	Ignores []VulnIgnore
	// PythonVersion and Platform are the target environment markers are
	// evaluated for ("3.12", "linux"); empty means the command line's
	// default.
	PythonVersion string
	Platform      string
	// OSVURL is the OSV API base URL, BulkURL the bulk-export zip of the
	// PyPI ecosystem and IndexURL the package index (PyPI's JSON API base);
	// empty means the public services.
	OSVURL, BulkURL, IndexURL string
}

// VulnIgnore is one ignored advisory.
type VulnIgnore struct {
	ID     string // an advisory ID or any of its aliases
	Reason string // why it does not apply; required
	// Expires is the day from which the ignore no longer applies; zero
	// for never.
	Expires time.Time
	// Key is the dotted key of the entry, for messages.
	Key string
}

// Expired reports whether the ignore no longer applies on day now.
func (v VulnIgnore) Expired(now time.Time) bool {
	return !v.Expires.IsZero() && !now.Before(v.Expires)
}

var depsKeys = []string{"ignore", "python-version", "platform", "osv-url", "bulk-url", "index-url"}

// deps decodes [tool.krait.deps].
func (d decoder) deps(v any, key string) (*Deps, error) {
	t, err := d.table(v, key)
	if err != nil {
		return nil, err
	}
	out := &Deps{}
	for _, k := range sortedKeys(t) {
		kkey := key + "." + k
		switch k {
		case "ignore":
			list, ok := t[k].([]any)
			if !ok {
				return nil, d.errorf(kkey, "expected an array of tables like { id = \"GHSA-...\", reason = \"...\" }, got %s", typeName(t[k]))
			}
			for i, e := range list {
				ig, err := d.vulnIgnore(e, fmt.Sprintf("%s[%d]", kkey, i))
				if err != nil {
					return nil, err
				}
				out.Ignores = append(out.Ignores, ig)
			}
		case "python-version", "platform", "osv-url", "bulk-url", "index-url":
			s, err := d.string(t[k], kkey)
			if err != nil {
				return nil, err
			}
			switch k {
			case "python-version":
				out.PythonVersion = s
			case "platform":
				out.Platform = s
			case "osv-url":
				out.OSVURL = s
			case "bulk-url":
				out.BulkURL = s
			case "index-url":
				out.IndexURL = s
			}
		default:
			msg := "unknown key"
			if s := suggest(k, depsKeys); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			return nil, d.errorf(kkey, "%s", msg)
		}
	}
	return out, nil
}

func (d decoder) vulnIgnore(v any, key string) (VulnIgnore, error) {
	t, err := d.table(v, key)
	if err != nil {
		return VulnIgnore{}, err
	}
	ig := VulnIgnore{Key: key}
	for _, k := range sortedKeys(t) {
		kkey := key + "." + k
		switch k {
		case "id", "reason":
			s, err := d.string(t[k], kkey)
			if err != nil {
				return ig, err
			}
			if k == "id" {
				ig.ID = strings.TrimSpace(s)
			} else {
				ig.Reason = strings.TrimSpace(s)
			}
		case "expires":
			switch e := t[k].(type) {
			case toml.LocalDate:
				ig.Expires = e.AsTime(time.UTC)
			case string:
				day, err := time.Parse(time.DateOnly, e)
				if err != nil {
					return ig, d.errorf(kkey, "expected a date like 2026-12-31, got %q", e)
				}
				ig.Expires = day
			case time.Time:
				ig.Expires = e.UTC()
			default:
				return ig, d.errorf(kkey, "expected a date like 2026-12-31, got %s", typeName(t[k]))
			}
		default:
			msg := "unknown key"
			if s := suggest(k, []string{"id", "reason", "expires"}); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			return ig, d.errorf(kkey, "%s", msg)
		}
	}
	if ig.ID == "" {
		return ig, d.errorf(key, "an ignore needs an id (an advisory ID or alias)")
	}
	if ig.Reason == "" {
		return ig, d.errorf(key, "ignoring %s needs a reason", ig.ID)
	}
	return ig, nil
}
