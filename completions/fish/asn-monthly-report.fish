# fish completion for asn-monthly-report (examples/monthly-report.sh), after
# its --help
complete -c asn-monthly-report -l data -x -a '(__fish_complete_directories)' -d "the month's inputs"
complete -c asn-monthly-report -l out -x -a '(__fish_complete_directories)' -d 'where the month folders are kept'
complete -c asn-monthly-report -l period -x -d 'month of the report YYYY-MM'
complete -c asn-monthly-report -l as-of -x -d 'date of the data YYYY-MM-DD'
complete -c asn-monthly-report -l config -r -F -d 'configuration YAML'
complete -c asn-monthly-report -l map -r -F -d 'export map for asn-import --map'
complete -c asn-monthly-report -l title -x -d 'title of the report'
complete -c asn-monthly-report -l kuota -x -a 'batas 250' -d 'hires a year the plan may propose'
complete -c asn-monthly-report -l apbd -x -d "the regency's spending a year"
complete -c asn-monthly-report -l seed -x -d 'seed of the simulation'
complete -c asn-monthly-report -l exit-rate -x -d 'yearly exit rate with no history.csv'
complete -c asn-monthly-report -l force -d 'replace an existing month folder'
complete -c asn-monthly-report -l strict -d 'stop when a step rejects rows'
complete -c asn-monthly-report -l log -r -F -d 'the log'
complete -c asn-monthly-report -s q -l quiet -d 'print nothing when the report is written'
complete -c asn-monthly-report -s h -l help -d 'show this help and exit'
complete -c asn-monthly-report -s V -l version -d 'show the version and exit'
