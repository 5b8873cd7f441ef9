package config

import (
	"fmt"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"

	"github.com/krait-dev/krait/internal/license"
)

// Licenses is the license policy ([tool.krait.licenses]).
type Licenses struct {
	// Allow, Deny and Review list single SPDX ids (optionally "ID WITH
	// EXCEPTION") that pass, fail or need review whatever their category.
	Allow, Deny, Review []string
	// Categories sets the action of a category (allow, warn or fail);
	// categories left out keep license.DefaultActions.
	Categories map[license.Category]license.Action
	// Overrides set the outcome for single packages, each with a reason.
	Overrides []LicenseOverride
	// IncludeDev evaluates development-only packages too.
	IncludeDev bool
	// DevGroups names the development groups; nil means
	// license.DefaultDevGroups.
	DevGroups []string
}

// LicenseOverride is one entry of [tool.krait.licenses] overrides.
type LicenseOverride struct {
	Package string // project name (any spelling)
	Version string // "" for every version
	// License, when set, is the SPDX expression evaluated instead of the
	// detected one; when empty the package passes.
	License string
	Reason  string    // required
	Expires time.Time // zero for never; the override holds through that day
	// Key is the dotted key of the entry, for messages.
	Key string
}

// Configured reports whether l sets a license policy of its own: a
// non-empty allow, deny or review list, or an action for at least one
// category. Overrides, include-dev and dev-groups only tune a policy, so a
// table with nothing else leaves it unconfigured. krait scan checks
// licenses only when the policy is configured (krait licenses always
// does, with the default policy when it is not).
func (l *Licenses) Configured() bool {
	return l != nil && (len(l.Allow) > 0 || len(l.Deny) > 0 || len(l.Review) > 0 || len(l.Categories) > 0)
}

// Policy returns the license.Policy of l; a nil l gives the default
// policy.
func (l *Licenses) Policy() license.Policy {
	if l == nil {
		return license.Policy{}
	}
	p := license.Policy{
		Allow: l.Allow, Deny: l.Deny, Review: l.Review,
		Categories: l.Categories, IncludeDev: l.IncludeDev, DevGroups: l.DevGroups,
	}
	for _, o := range l.Overrides {
		p.Overrides = append(p.Overrides, license.Override{
			Package: o.Package, Version: o.Version, License: o.License, Reason: o.Reason, Expires: o.Expires,
		})
	}
	return p
}

var licensesKeys = []string{"allow", "deny", "review", "categories", "overrides", "include-dev", "dev-groups"}

// licenses decodes [tool.krait.licenses]. Ids, categories, actions and
// override expressions are validated here so that errors name the key.
func (d decoder) licenses(v any, key string) (*Licenses, error) {
	t, err := d.table(v, key)
	if err != nil {
		return nil, err
	}
	out := &Licenses{}
	for _, k := range sortedKeys(t) {
		kkey := key + "." + k
		switch k {
		case "allow", "deny", "review":
			ids, err := d.licenseIDs(t[k], kkey)
			if err != nil {
				return nil, err
			}
			switch k {
			case "allow":
				out.Allow = ids
			case "deny":
				out.Deny = ids
			default:
				out.Review = ids
			}
		case "categories":
			m, err := d.table(t[k], kkey)
			if err != nil {
				return nil, err
			}
			out.Categories = make(map[license.Category]license.Action, len(m))
			for _, name := range sortedKeys(m) {
				ckey := kkey + "." + quoteKey(name)
				cat, err := license.ParseCategory(name)
				if err != nil {
					return nil, d.errorf(ckey, "%v", err)
				}
				s, err := d.string(m[name], ckey)
				if err != nil {
					return nil, err
				}
				act, err := license.ParseAction(s)
				if err != nil {
					return nil, d.errorf(ckey, "%v", err)
				}
				out.Categories[cat] = act
			}
		case "overrides":
			list, ok := t[k].([]any)
			if !ok {
				return nil, d.errorf(kkey, "expected an array of tables like { package = \"name\", reason = \"...\" }, got %s", typeName(t[k]))
			}
			for i, e := range list {
				o, err := d.licenseOverride(e, fmt.Sprintf("%s[%d]", kkey, i))
				if err != nil {
					return nil, err
				}
				out.Overrides = append(out.Overrides, o)
			}
		case "include-dev":
			b, ok := t[k].(bool)
			if !ok {
				return nil, d.errorf(kkey, "expected true or false, got %s", typeName(t[k]))
			}
			out.IncludeDev = b
		case "dev-groups":
			gs, err := d.strings(t[k], kkey)
			if err != nil {
				return nil, err
			}
			out.DevGroups = gs
		default:
			msg := "unknown key"
			if s := suggest(k, licensesKeys); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			return nil, d.errorf(kkey, "%s", msg)
		}
	}
	for _, id := range out.Allow {
		for _, den := range out.Deny {
			if canonicalID(id) == canonicalID(den) {
				return nil, d.errorf(key, "%s is both allowed and denied", canonicalID(id))
			}
		}
	}
	return out, nil
}

// canonicalID returns an id as license.NormalizeExpression writes it (the
// id itself when it does not parse; the decoder has checked it).
func canonicalID(s string) string {
	if e, _, err := license.NormalizeExpression(s); err == nil {
		return e.String()
	}
	return s
}

// licenseIDs decodes a list of single SPDX ids.
func (d decoder) licenseIDs(v any, key string) ([]string, error) {
	ids, err := d.strings(v, key)
	if err != nil {
		return nil, err
	}
	for i, s := range ids {
		ikey := fmt.Sprintf("%s[%d]", key, i)
		e, _, err := license.NormalizeExpression(s)
		if err != nil {
			return nil, d.errorf(ikey, "%v", err)
		}
		if e.Op != license.OpLicense {
			return nil, d.errorf(ikey, "%q is an expression; list single licenses (an id, optionally WITH an exception)", s)
		}
	}
	return ids, nil
}

var overrideKeys = []string{"package", "version", "license", "reason", "expires"}

func (d decoder) licenseOverride(v any, key string) (LicenseOverride, error) {
	t, err := d.table(v, key)
	if err != nil {
		return LicenseOverride{}, err
	}
	o := LicenseOverride{Key: key}
	for _, k := range sortedKeys(t) {
		kkey := key + "." + k
		switch k {
		case "package", "version", "license", "reason":
			s, err := d.string(t[k], kkey)
			if err != nil {
				return o, err
			}
			s = strings.TrimSpace(s)
			switch k {
			case "package":
				o.Package = s
			case "version":
				o.Version = s
			case "license":
				if _, _, err := license.NormalizeExpression(s); err != nil {
					return o, d.errorf(kkey, "%v", err)
				}
				o.License = s
			case "reason":
				o.Reason = s
			}
		case "expires":
			switch e := t[k].(type) {
			case toml.LocalDate:
				o.Expires = e.AsTime(time.UTC)
			case string:
				day, err := time.Parse(time.DateOnly, e)
				if err != nil {
					return o, d.errorf(kkey, "expected a date like 2026-12-31, got %q", e)
				}
				o.Expires = day
			case time.Time:
				o.Expires = e.UTC()
			default:
				return o, d.errorf(kkey, "expected a date like 2026-12-31, got %s", typeName(t[k]))
			}
		default:
			msg := "unknown key"
			if s := suggest(k, overrideKeys); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			return o, d.errorf(kkey, "%s", msg)
		}
	}
	if o.Package == "" {
		return o, d.errorf(key, "an override needs a package")
	}
	if o.Reason == "" {
		return o, d.errorf(key, "overriding the license of %s needs a reason", o.Package)
	}
	return o, nil
}
