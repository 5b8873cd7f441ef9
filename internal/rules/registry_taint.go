package rules

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/insecurecookie"
	"github.com/krait-dev/krait/internal/rules/taintcode"
	"github.com/krait-dev/krait/internal/rules/taintcommand"
	"github.com/krait-dev/krait/internal/rules/taintdeserialization"
	"github.com/krait-dev/krait/internal/rules/taintheader"
	"github.com/krait-dev/krait/internal/rules/taintldap"
	"github.com/krait-dev/krait/internal/rules/taintlog"
	"github.com/krait-dev/krait/internal/rules/taintpath"
	"github.com/krait-dev/krait/internal/rules/taintredirect"
	"github.com/krait-dev/krait/internal/rules/taintregex"
	"github.com/krait-dev/krait/internal/rules/taintsql"
	"github.com/krait-dev/krait/internal/rules/taintssrf"
	"github.com/krait-dev/krait/internal/rules/tainttemplate"
	"github.com/krait-dev/krait/internal/rules/tainttrustboundary"
	"github.com/krait-dev/krait/internal/rules/taintweakhash"
	"github.com/krait-dev/krait/internal/rules/taintweakrandom"
	"github.com/krait-dev/krait/internal/rules/taintxpath"
	"github.com/krait-dev/krait/internal/rules/taintxss"
	"github.com/krait-dev/krait/internal/rules/taintxxe"
)

// taintRules returns the data-flow rules (KRT3xxx): one per vulnerability
// class, all served by one run of the taint engine per file, and the
// rules of the same issue that look at one call or setting (weak
// randomness for secrets, insecure cookies).
func taintRules() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		taintpath.Analyzer,            // KRT3022
		taintcommand.Analyzer,         // KRT3078
		taintxss.Analyzer,             // KRT3079
		taintsql.Analyzer,             // KRT3089
		taintldap.Analyzer,            // KRT3090
		taintcode.Analyzer,            // KRT3094
		taintheader.Analyzer,          // KRT3113
		taintlog.Analyzer,             // KRT3117
		tainttrustboundary.Analyzer,   // KRT3501
		insecurecookie.Analyzer,       // KRT3614
		taintdeserialization.Analyzer, // KRT3502
		taintredirect.Analyzer,        // KRT3601
		taintxxe.Analyzer,             // KRT3611
		taintxpath.Analyzer,           // KRT3643
		taintweakhash.Analyzer,        // KRT3328
		taintweakrandom.Analyzer,      // KRT3330
		tainttemplate.Analyzer,        // KRT3336
		taintregex.Analyzer,           // KRT3730
		taintssrf.Analyzer,            // KRT3918
	}
}
