package rules

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/blacklistcalls"
	"github.com/krait-dev/krait/internal/rules/blacklistimports"
	"github.com/krait-dev/krait/internal/rules/djangoextra"
	"github.com/krait-dev/krait/internal/rules/djangorawsql"
	"github.com/krait-dev/krait/internal/rules/hardcodedsql"
	"github.com/krait-dev/krait/internal/rules/huggingfacedownload"
	"github.com/krait-dev/krait/internal/rules/loggingconfiglisten"
	"github.com/krait-dev/krait/internal/rules/paramikocalls"
	"github.com/krait-dev/krait/internal/rules/processnoshell"
	"github.com/krait-dev/krait/internal/rules/processpartialpath"
	"github.com/krait-dev/krait/internal/rules/processwithshell"
	"github.com/krait-dev/krait/internal/rules/pytorchload"
	"github.com/krait-dev/krait/internal/rules/shellequalstrue"
	"github.com/krait-dev/krait/internal/rules/subprocessnoshell"
	"github.com/krait-dev/krait/internal/rules/trojansource"
	"github.com/krait-dev/krait/internal/rules/wildcardinjection"
)

// injectionRules returns the rules for Bandit B601, B603-B615 and the call and import blacklists B301-B323, B401-B415.
func injectionRules() []*analysis.Analyzer {
	all := []*analysis.Analyzer{
		paramikocalls.Analyzer,       // B601
		subprocessnoshell.Analyzer,   // B603
		shellequalstrue.Analyzer,     // B604
		processwithshell.Analyzer,    // B605
		processnoshell.Analyzer,      // B606
		processpartialpath.Analyzer,  // B607
		hardcodedsql.Analyzer,        // B608
		wildcardinjection.Analyzer,   // B609
		djangoextra.Analyzer,         // B610
		djangorawsql.Analyzer,        // B611
		loggingconfiglisten.Analyzer, // B612
		trojansource.Analyzer,        // B613
		pytorchload.Analyzer,         // B614
		huggingfacedownload.Analyzer, // B615
	}
	all = append(all, blacklistcalls.Analyzers()...)   // B301-B323
	all = append(all, blacklistimports.Analyzers()...) // B401-B415
	return all
}
