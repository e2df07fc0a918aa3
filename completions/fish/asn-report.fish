# fish completion for asn-report
complete -c asn-report -s c -l config -r -F -d 'configuration YAML'
complete -c asn-report -s d -l delimiter -x -a '\, \; tab \|' -d 'input delimiter'
complete -c asn-report -s f -l format -x -a 'html md txt' -d 'output format'
complete -c asn-report -s h -l help -d 'print help and exit'
complete -c asn-report -s o -l output -r -F -d 'output file'
complete -c asn-report -s q -l quiet -d 'no summary line'
complete -c asn-report -s V -l version -d 'print version and exit'
complete -c asn-report -l as-of -x -d 'report date YYYY-MM-DD'
complete -c asn-report -l lang -x -a 'id en' -d 'language of labels and numbers'
complete -c asn-report -l period -x -d 'month of the report YYYY-MM'
complete -c asn-report -l previous -x -a '(__fish_complete_directories)' -d "last month's outputs"
complete -c asn-report -l title -x -d 'title of the report'
