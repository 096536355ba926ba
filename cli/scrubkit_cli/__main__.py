from scrubkit_cli.main import main

main()
